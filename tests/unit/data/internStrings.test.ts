import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { INTERN_MAX_LENGTH, internShortStrings } from '../../../src/data/internStrings';

/** A full collection, so heap figures compare what is live and nothing else. */
function gc(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

// Values of 11 to 16 characters: Node's JSON.parse already shares some shorter ones by itself
// (Chromium's, at 100,000 events, shared none: 100,001 copies of "day" in a heap snapshot).
const eventLike = (i: number) => ({
  id: `event-${i}`,
  updated: `2021-0${1 + (i % 9)}-1${i % 10}T00:00`,
  category: ['infrastructure', 'reopening-later', 'meeting-of-heads'][i % 3],
  sides: ['Kyrgyz Republic', 'Tajik Republic'],
  summary: { en: `A long text that is prose and only repeats by accident, number ${i % 7}.` },
  figures: [{ metric: 'killed-civilian', value: i % 5, source: `source-2021-${String(i % 40).padStart(3, '0')}` }],
});

describe('internShortStrings', () => {
  it('leaves the values, keys, numbers and long strings as they were', () => {
    const parsed = JSON.parse(JSON.stringify(Array.from({ length: 50 }, (_, i) => eventLike(i))));
    const copy = structuredClone(parsed);
    expect(internShortStrings(parsed)).toBe(parsed);
    expect(parsed).toEqual(copy);
    expect(internShortStrings(null)).toBeNull();
    expect(internShortStrings('day')).toBe('day');
    expect(INTERN_MAX_LENGTH).toBeGreaterThanOrEqual('2021-04-29'.length);
    expect(INTERN_MAX_LENGTH).toBeGreaterThanOrEqual('infrastructure'.length);
  });

  it('shares one copy of each repeated short string: the parsed record shrinks', () => {
    const text = JSON.stringify(Array.from({ length: 60_000 }, (_, i) => eventLike(i)));
    gc();
    const parsed: unknown = JSON.parse(text);
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    internShortStrings(parsed);
    gc();
    const after = v8.getHeapStatistics().used_heap_size;
    // Per event, a date, a category, two country names, a metric and a source id: six strings of
    // 24 to 32 bytes each become shared. Half of that must be gone at least.
    const expected = 60_000 * 6 * 24;
    expect(before - after).toBeGreaterThan(expected / 2);
    expect((parsed as unknown[]).length).toBe(60_000);
  });
});
