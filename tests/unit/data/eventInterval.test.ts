import { describe, expect, it } from 'vitest';
import { eventInterval, fromDayNumber, toDayNumber } from '../../../src/model/days';

const span = (e: Parameters<typeof eventInterval>[0]) => {
  const { start, end } = eventInterval(e);
  return [fromDayNumber(start), fromDayNumber(end)];
};

describe('toDayNumber / fromDayNumber', () => {
  it('counts days from 1970-01-01 UTC', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-01-01')).toBe(10957);
  });

  it('round-trips every day across leap and non-leap years', () => {
    for (let n = toDayNumber('1990-01-01'); n <= toDayNumber('2030-12-31'); n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it('knows 29 February exists only in leap years', () => {
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
    expect(toDayNumber('2023-03-01') - toDayNumber('2023-02-28')).toBe(1);
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
    expect(toDayNumber('2000-02-29')).toBe(toDayNumber('2000-02-28') + 1); // divisible by 400
    expect(() => toDayNumber('1900-02-29')).toThrow(RangeError); // divisible by 100 only
  });

  it('rejects dates that do not exist or are badly written', () => {
    for (const bad of [
      '2021-02-30',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '2021-1-5',
      '2021-01',
      '21-01-01',
      '',
    ]) {
      expect(() => toDayNumber(bad), bad).toThrow(RangeError);
    }
  });

  it('handles years below 100 without the Date.UTC 19xx shift', () => {
    expect(fromDayNumber(toDayNumber('0050-06-15'))).toBe('0050-06-15');
  });
});

describe('eventInterval', () => {
  it('day precision covers exactly one day', () => {
    expect(span({ date: '2022-09-14', precision: 'day' })).toEqual(['2022-09-14', '2022-09-15']);
    expect(span({ date: '2021-12-31', precision: 'day' })).toEqual(['2021-12-31', '2022-01-01']);
  });

  it('month precision covers the whole month, never a single invented day', () => {
    expect(span({ date: '2022-10', precision: 'month' })).toEqual(['2022-10-01', '2022-11-01']);
    expect(span({ date: '2024-02', precision: 'month' })).toEqual(['2024-02-01', '2024-03-01']);
    const feb2024 = eventInterval({ date: '2024-02', precision: 'month' });
    const feb2023 = eventInterval({ date: '2023-02', precision: 'month' });
    expect(feb2024.end - feb2024.start).toBe(29);
    expect(feb2023.end - feb2023.start).toBe(28);
  });

  it('December rolls over into January of the next year', () => {
    expect(span({ date: '2010-12', precision: 'month' })).toEqual(['2010-12-01', '2011-01-01']);
    expect(span({ date: '2024-12', precision: 'season' })).toEqual(['2024-12-01', '2025-03-01']);
    expect(span({ date: '2024-11', precision: 'season' })).toEqual(['2024-11-01', '2025-02-01']);
  });

  it('season precision covers three months from the named month', () => {
    expect(span({ date: '1995-03', precision: 'season' })).toEqual(['1995-03-01', '1995-06-01']);
    const winter = eventInterval({ date: '2023-12', precision: 'season' }); // Dec 31 + Jan 31 + Feb 29 (2024)
    expect(winter.end - winter.start).toBe(91);
  });

  it('year precision covers the calendar year, 366 days in a leap year', () => {
    expect(span({ date: '2023', precision: 'year' })).toEqual(['2023-01-01', '2024-01-01']);
    const y2024 = eventInterval({ date: '2024', precision: 'year' });
    const y2023 = eventInterval({ date: '2023', precision: 'year' });
    expect(y2024.end - y2024.start).toBe(366);
    expect(y2023.end - y2023.start).toBe(365);
  });

  it('an explicit end is inclusive, so the interval stops the day after it', () => {
    expect(span({ date: '2021-04-28', precision: 'day', end: '2021-05-01' })).toEqual(['2021-04-28', '2021-05-02']);
    expect(span({ date: '2024-02-28', precision: 'day', end: '2024-02-29' })).toEqual(['2024-02-28', '2024-03-01']);
    expect(span({ date: '2025-03', precision: 'month', end: '2025-03-10' })).toEqual(['2025-03-01', '2025-03-11']);
  });

  it('rejects a date that does not match its precision, and an end before the start', () => {
    expect(() => eventInterval({ date: '2022-10', precision: 'day' })).toThrow(RangeError);
    expect(() => eventInterval({ date: '2022-10-13', precision: 'month' })).toThrow(RangeError);
    expect(() => eventInterval({ date: '2022-13', precision: 'month' })).toThrow(RangeError);
    expect(() => eventInterval({ date: '22', precision: 'year' })).toThrow(RangeError);
    expect(() => eventInterval({ date: '2022-09-14', precision: 'day', end: '2022-09-13' })).toThrow(RangeError);
    expect(() => eventInterval({ date: '2022-09-14', precision: 'day', end: '2022-02-30' })).toThrow(RangeError);
  });
});
