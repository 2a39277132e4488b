import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/model/category';
import { CATEGORIES } from '../../../src/model/category';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { endBound, TIME_MODES, WINDOW_MONTHS } from '../../../src/model/timeMode';
import { buildCategoryTimeIndex, countsAt } from '../../../src/state/categoryCounts';

const RUNS = 500;

/** The definition, one event at a time: what the binary-search version must always equal. */
function naive(
  events: TimedEvent[],
  index: string[],
  search: string,
  time: { day: number; mode: (typeof TIME_MODES)[number]; windowMonths: number },
) {
  const bound = endBound(time);
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, { visible: 0, total: 0 }])) as Record<
    Category,
    { visible: number; total: number }
  >;
  const terms = search.trim() === '' ? [] : search.toLowerCase().split(/\s+/).filter(Boolean);
  events.forEach((e, i) => {
    const c = out[e.category as Category];
    c.total += 1;
    if (e.startDay <= time.day && e.endDay > bound && terms.every((t) => (index[i] ?? '').includes(t))) c.visible += 1;
  });
  return out;
}

describe('categoryCounts, property-based', () => {
  it(`equals a pass over every event, for any record, date, mode and search (${RUNS} cases)`, () => {
    let ran = 0;
    const event = fc
      .record({
        start: fc.integer({ min: 8000, max: 20000 }),
        length: fc.integer({ min: 1, max: 800 }),
        category: fc.constantFrom(...CATEGORIES),
        word: fc.constantFrom('vorukh', 'batken', 'isfara'),
      })
      .map(({ start, length, category, word }) => ({
        ev: { id: `e${start}`, category, startDay: start, endDay: start + length } as unknown as TimedEvent,
        word,
      }));
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.integer({ min: 7000, max: 21000 }),
        fc.constantFrom(...TIME_MODES),
        fc.constantFrom(...WINDOW_MONTHS),
        fc.constantFrom('', 'vorukh', 'bat'),
        (list, day, mode, windowMonths, search) => {
          ran++;
          const events = list.map((x) => x.ev);
          const index = list.map((x) => x.word);
          const time = { day, mode, windowMonths };
          // The search's answer as the selectors pass it: a score per event, 0 for a miss, null for no search.
          const scores = search === '' ? null : Float64Array.from(index, (w) => (w.includes(search) ? 2 : 0));
          expect(countsAt(buildCategoryTimeIndex(events, scores), time)).toEqual(naive(events, index, search, time));
        },
      ),
      { numRuns: RUNS },
    );
    console.info(`categoryCounts property: ${ran} cases`);
    expect(ran).toBe(RUNS);
  });
});
