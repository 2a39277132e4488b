import { describe, expect, it } from 'vitest';
import { dayOrderOf, parseImportDate } from '../../../src/import/importDate';

describe('parseImportDate', () => {
  it.each([
    ['2021-04-29', '2021-04-29', 'day'],
    ['2021-4-9', '2021-04-09', 'day'],
    ['2022-09-14T00:00:00Z', '2022-09-14', 'day'],
    ['2021-04', '2021-04', 'month'],
    ['2021', '2021', 'year'],
    ['29 April 2021', '2021-04-29', 'day'],
    ['29-Apr-2021', '2021-04-29', 'day'],
    ['April 29, 2021', '2021-04-29', 'day'],
    ['September 2022', '2022-09', 'month'],
    ['14 сентября 2022', '2022-09-14', 'day'],
    ['29/04/2021', '2021-04-29', 'day'],
    ['04/29/2021', '2021-04-29', 'day'],
  ])('reads %s as %s (%s precision), never adding precision', (raw, date, precision) => {
    expect(parseImportDate(raw)).toEqual({ date, precision });
  });

  it('refuses an ambiguous day/month unless the file shows its order', () => {
    expect(parseImportDate('03/04/2021')).toEqual({ code: 'ambiguousDate', value: '03/04/2021' });
    expect(parseImportDate('03/04/2021', 'dmy')).toEqual({ date: '2021-04-03', precision: 'day' });
    expect(parseImportDate('03/04/2021', 'mdy')).toEqual({ date: '2021-03-04', precision: 'day' });
  });

  it.each([
    ['', 'empty'],
    ['2021-02-30', 'notRealDate'],
    ['2021-13', 'notRealDate'],
    ['31/02/2021', 'notRealDate'],
    ['yesterday', 'notDate'],
    ['12 Smarch 2021', 'notDate'],
    ['<script>alert(1)</script>', 'notDate'],
  ])('reports %j as %s', (raw, code) => {
    expect(parseImportDate(raw)).toMatchObject({ code });
  });
});

describe('dayOrderOf', () => {
  it('finds day-first or month-first from any telling row, and gives up on a contradictory file', () => {
    expect(dayOrderOf(['03/04/2021', '25/04/2021'])).toBe('dmy');
    expect(dayOrderOf(['03/04/2021', '04/25/2021'])).toBe('mdy');
    expect(dayOrderOf(['03/04/2021', '2021-04-05'])).toBe('unknown');
    expect(dayOrderOf(['25/04/2021', '04/25/2021'])).toBe('unknown');
  });
});
