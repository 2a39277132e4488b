import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import { buildTimeScale, dayAtClientX, dayAtX, type TimeScale, xOfDay } from '../../../src/timeline/timeScale';

const d = toDayNumber;
const extent = { min: d('1992-01-01'), max: d('2025-12-31') };
/** Shaped like the record: a few events early on, many after 2019. */
const starts = [
  '1992-05-01',
  '1993-02-01',
  '1996-07-01',
  '2004-03-01',
  '2013-01-10',
  ...Array.from({ length: 11 }, (_, i) => `2021-0${1 + (i % 9)}-1${i % 9}`),
  ...Array.from({ length: 6 }, (_, i) => `2022-0${3 + i}-14`),
  ...Array.from({ length: 21 }, (_, i) => `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`),
].map(d);
const scale = buildTimeScale(extent, starts);
const yearWidth = (s: TimeScale, year: number) => xOfDay(s, d(`${year + 1}-01-01`)) - xOfDay(s, d(`${year}-01-01`));
const anyDay = fc.integer({ min: extent.min, max: extent.max });

describe('timeline scale', () => {
  it('maps the extent’s ends to 0 and 1, and clamps beyond them', () => {
    expect(xOfDay(scale, extent.min)).toBe(0);
    expect(xOfDay(scale, extent.max + 1)).toBe(1);
    expect(dayAtX(scale, 0)).toBe(extent.min);
    expect(dayAtX(scale, 1)).toBe(extent.max);
    expect(dayAtX(scale, -0.5)).toBe(extent.min);
    expect(dayAtX(scale, 7)).toBe(extent.max);
  });

  it('is strictly increasing from day to day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(xOfDay(scale, day + 1)).toBeGreaterThan(xOfDay(scale, day));
      }),
    );
  });

  it('round-trips: the x of a day (its start or its middle) leads back to that day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(dayAtX(scale, xOfDay(scale, day))).toBe(day);
        expect(dayAtX(scale, xOfDay(scale, day + 0.5))).toBe(day);
      }),
    );
  });

  it('gives busy years more width than empty ones, and empty ones a visible share', () => {
    expect(yearWidth(scale, 2021)).toBeGreaterThan(3 * yearWidth(scale, 2000));
    expect(yearWidth(scale, 2025)).toBeGreaterThan(yearWidth(scale, 2021));
    // No events in 2000: still at least a third of its linear share (1 / 34 of the width).
    expect(yearWidth(scale, 2000)).toBeGreaterThanOrEqual(1 / 34 / 3);
    // 1992–2013 held 80 % of a linear axis; here it is well under half.
    expect(xOfDay(scale, d('2014-01-01'))).toBeLessThan(0.5);
  });

  it('is linear on a record with no events (every year the same width)', () => {
    const flat = buildTimeScale(extent, []);
    expect(yearWidth(flat, 2000)).toBeCloseTo(yearWidth(flat, 2001), 12);
    expect(xOfDay(flat, d('2009-01-01'))).toBeCloseTo((d('2009-01-01') - extent.min) / (extent.max + 1 - extent.min), 3);
  });

  it('turns a pointer position over an element into the day under it', () => {
    const box = { left: 100, width: 1000 };
    const sept = d('2022-09-15');
    const clientX = box.left + xOfDay(scale, sept + 0.5) * box.width;
    expect(dayAtClientX(scale, clientX, box)).toBe(sept);
    expect(dayAtClientX(scale, 50, box)).toBe(extent.min);
    expect(dayAtClientX(scale, 5000, box)).toBe(extent.max);
  });

  it('handles an extent that starts and ends inside a year', () => {
    const part = buildTimeScale({ min: d('2020-07-01'), max: d('2021-03-31') }, [d('2021-02-01')]);
    expect(part.days).toEqual([d('2020-07-01'), d('2021-01-01'), d('2021-04-01')]);
    expect(xOfDay(part, d('2020-07-01'))).toBe(0);
    expect(dayAtX(part, 0.999999)).toBe(d('2021-03-31'));
  });
});
