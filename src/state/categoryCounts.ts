import { countAtMost } from '../model/binarySearch';
import { CATEGORIES, type Category } from '../model/category';
import type { TimedEvent } from '../model/timedEvent';
import { endBound, type TimeView } from '../model/timeMode';
import type { SearchScores } from './searchIndex';

/**
 * Per category: how many events are on screen now (date, mode and search applied, the category
 * filter not, so a switched-off category still tells what switching it on would show) and how
 * many the record holds in all.
 */
export type CategoryCounts = Record<Category, { visible: number; total: number }>;

/**
 * Per category, the start and end days of the events the search lets through, each sorted. Built
 * when the record or the search changes; counting at a date is then a few binary searches per
 * category instead of a pass over the whole record on every slider step (100,000 events: ~40 ms).
 */
export interface CategoryTimeIndex {
  totals: Record<Category, number>;
  starts: Record<Category, Float64Array>;
  ends: Record<Category, Float64Array>;
}

export function buildCategoryTimeIndex(events: readonly TimedEvent[], scores: SearchScores | null): CategoryTimeIndex {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const starts = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]])) as Record<Category, number[]>;
  const ends = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]])) as Record<Category, number[]>;
  events.forEach((e, i) => {
    const category = e.category;
    totals[category] += 1;
    if (scores !== null && !((scores[i] as number) > 0)) return;
    starts[category].push(e.startDay);
    ends[category].push(e.endDay);
  });
  const sorted = (lists: Record<Category, number[]>) =>
    Object.fromEntries(CATEGORIES.map((c) => [c, Float64Array.from(lists[c]).sort()])) as Record<Category, Float64Array>;
  return { totals, starts: sorted(starts), ends: sorted(ends) };
}

/**
 * Shown = begun by `day` and not ended by the end bound. Every event ended by the end bound (<= day) has also
 * begun by then, so the count is (starts <= day) − (ends <= end bound).
 */
export function countsAt(index: CategoryTimeIndex, time: TimeView): CategoryCounts {
  const bound = endBound(time);
  return Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      { visible: countAtMost(index.starts[c], time.day) - countAtMost(index.ends[c], bound), total: index.totals[c] },
    ]),
  ) as CategoryCounts;
}
