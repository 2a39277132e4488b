import type { Problem } from '../model/importedFile';
import { daysInMonth } from '../model/isoDate';
import type { DatePrecision } from '../model/record';

export interface ImportedDate {
  date: string;
  precision: DatePrecision;
}

/** How a file writes day-first or month-first numeric dates (03/04/2021), decided once per file. */
export type DayOrder = 'dmy' | 'mdy' | 'unknown';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  май: 5,
  мая: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function day(year: number, month: number, d: number, raw: string): ImportedDate | Problem {
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) return { code: 'notRealDate', value: raw };
  return { date: `${year}-${pad(month)}-${pad(d)}`, precision: 'day' };
}

function monthNumber(word: string | undefined): number | undefined {
  return MONTHS[(word ?? '').toLowerCase().slice(0, 3)];
}

/**
 * Reads the date forms conflict datasets and spreadsheets use, keeping exactly the precision written:
 * "2021" is a year and "2021-04" a month, never a made-up first day. Returns a reason when it cannot.
 * Numeric day/month orders need `order` (see dayOrderOf); when a file never shows which it uses,
 * "03/04/2021" is refused rather than guessed.
 */
export function parseImportDate(raw: string, order: DayOrder = 'unknown'): ImportedDate | Problem {
  const s = raw.trim();
  if (s === '') return { code: 'empty' };
  const notDate: Problem = { code: 'notDate', value: s.slice(0, 40) };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { date: `${m[1]}-${pad(month)}`, precision: 'month' } : { code: 'notRealDate', value: s };
  }
  if (/^\d{4}$/.test(s)) return { date: s, precision: 'year' };
  m = /^(\d{1,2})[\s-]+([A-Za-zА-Яа-яЁё]+)\.?[\s-,]+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? day(Number(m[3]), month, Number(m[1]), s) : notDate;
  }
  m = /^([A-Za-zА-Яа-яЁё]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? day(Number(m[3]), month, Number(m[2]), s) : notDate;
  }
  m = /^([A-Za-zА-Яа-яЁё]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? { date: `${m[2]}-${pad(month)}`, precision: 'month' } : notDate;
  }
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (order === 'dmy' || (order === 'unknown' && a > 12)) return day(year, b, a, s);
    if (order === 'mdy' || (order === 'unknown' && b > 12)) return day(year, a, b, s);
    return { code: 'ambiguousDate', value: s };
  }
  return notDate;
}

/** Looks at every numeric date in a column: a first part above 12 means day-first, a second part above 12 month-first. */
export function dayOrderOf(values: Iterable<string>): DayOrder {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = /^\s*(\d{1,2})[./](\d{1,2})[./]\d{4}\s*$/.exec(v);
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  // Both at once is an inconsistent file: leave each row to speak for itself.
  if (dmy === mdy) return 'unknown';
  return dmy ? 'dmy' : 'mdy';
}
