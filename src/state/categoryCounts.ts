import { EVENT_CATEGORIES } from '../data/eventSchema';
import { type Category, searchTerms } from './filters';
import type { TimedEvent } from './timedEvent';
import { endLowerBound, type TimeMode } from './timeMode';

export type CategoryCounts = Record<Category, { visible: number; total: number }>;

/**
 * Per category: how many events are on screen now (date, mode and search applied, the category
 * filter not, so a switched-off category still tells what switching it on would show) and how
 * many the record holds in all.
 */
export function categoryCounts(
  events: readonly TimedEvent[],
  index: readonly string[],
  search: string,
  time: { day: number; mode: TimeMode; windowMonths: number },
): CategoryCounts {
  const counts = Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, { visible: 0, total: 0 }])) as CategoryCounts;
  const terms = searchTerms(search);
  const bound = endLowerBound(time.day, time.mode, time.windowMonths);
  events.forEach((e, i) => {
    const count = counts[e.category as Category];
    count.total += 1;
    if (e.startDay > time.day || e.endDay <= bound) return;
    const text = index[i] ?? '';
    if (terms.every((t) => text.includes(t))) count.visible += 1;
  });
  return counts;
}
