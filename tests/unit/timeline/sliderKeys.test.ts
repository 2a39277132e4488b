import { describe, expect, it } from 'vitest';
import { addMonths, fromDayNumber, toDayNumber } from '../../../src/model/days';
import { dayForKey } from '../../../src/timeline/sliderKeys';

const extent = { min: toDayNumber('1992-01-01'), max: toDayNumber('2025-12-31') };
const key = (k: string, iso: string) => {
  const r = dayForKey(k, toDayNumber(iso), extent);
  return r === null ? null : fromDayNumber(r);
};

describe('slider keys', () => {
  it('moves one day with the arrows', () => {
    expect(key('ArrowRight', '2021-04-27')).toBe('2021-04-28');
    expect(key('ArrowLeft', '2021-03-01')).toBe('2021-02-28');
    expect(key('ArrowUp', '2021-12-31')).toBe('2022-01-01');
  });

  it('moves one month with PageUp/PageDown, clamping to the month length', () => {
    expect(key('PageUp', '2021-01-31')).toBe('2021-02-28');
    expect(key('PageUp', '2024-01-31')).toBe('2024-02-29');
    expect(key('PageDown', '2021-03-15')).toBe('2021-02-15');
    expect(key('PageDown', '2022-01-10')).toBe('2021-12-10');
  });

  it('jumps to the ends with Home/End and never leaves the extent', () => {
    expect(key('Home', '2010-06-01')).toBe('1992-01-01');
    expect(key('End', '2010-06-01')).toBe('2025-12-31');
    expect(key('ArrowRight', '2025-12-31')).toBe('2025-12-31');
    expect(key('PageDown', '1992-01-15')).toBe('1992-01-01');
  });

  it('ignores other keys', () => {
    expect(key('a', '2010-06-01')).toBeNull();
  });

  it('adds months across years', () => {
    expect(fromDayNumber(addMonths(toDayNumber('2020-11-30'), 3))).toBe('2021-02-28');
    expect(fromDayNumber(addMonths(toDayNumber('2020-01-15'), -13))).toBe('2018-12-15');
  });
});
