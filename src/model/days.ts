/**
 * Turns an event's date and its precision into the span of days the time slider treats it as
 * covering. Day numbers (days since 1970-01-01 UTC) keep comparisons integer and free of time
 * zones. Intervals are half-open [start, end): `end` is the first day no longer covered.
 */
import { daysInMonth, parseIsoDay, parseIsoMonth, parseIsoYear } from './isoDate';
import type { DatePrecision } from './record';

const MS_PER_DAY = 86_400_000;

/** Months a 'season' covers: the date names its first month, as with "spring 1995" → 1995-03. */
export const SEASON_MONTHS = 3;

function dayNumberOf(year: number, month: number, day: number): number {
  // setUTCFullYear rather than Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** Days since 1970-01-01 (UTC) of a real YYYY-MM-DD date; throws on anything else. */
export function toDayNumber(iso: string): number {
  const parts = parseIsoDay(iso);
  if (!parts) throw new RangeError(`Not a real YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return dayNumberOf(parts.year, parts.month, parts.day);
}

/** Inverse of toDayNumber: YYYY-MM-DD for a day number (years 0000–9999). */
export function fromDayNumber(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day number must be an integer: ${n}`);
  const d = new Date(n * MS_PER_DAY);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Inclusive day range, as the slider's extent. */
export interface DayExtent {
  readonly min: number;
  readonly max: number;
}

/** The calendar year and month (1–12) a day number falls in. */
export function yearMonthOf(day: number): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * First day of the month `monthsLater` months after year-month. The Date setter rolls month
 * overflow into the next year, which handles December → January.
 */
export function firstOfMonthAfter(year: number, month: number, monthsLater = 0): number {
  return dayNumberOf(year, month + monthsLater, 1);
}

/** YYYY-MM for a year and month. */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The same calendar day `months` later (negative: earlier), clamped to that month's length (31 March − 1 → 28/29 February). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumberOf(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

export interface DatedRecord {
  date: string;
  precision: DatePrecision;
  /** Inclusive last day of a lasting episode. */
  end?: string | undefined;
}

/**
 * [start, end) in day numbers. A coarse date covers its whole period (a month-precision event
 * spans the month), because the sources do not say which day it was and we must not pretend.
 * An explicit `end` (inclusive last day) overrides the natural end of the period.
 */
export function eventInterval(e: DatedRecord): { start: number; end: number } {
  const { start, naturalEnd } = periodOf(e.date, e.precision);
  const end = e.end === undefined ? naturalEnd : toDayNumber(e.end) + 1;
  if (end <= start) throw new RangeError(`Event ends before it starts: ${e.date} → ${e.end}`);
  return { start, end };
}

function periodOf(date: string, precision: DatePrecision): { start: number; naturalEnd: number } {
  switch (precision) {
    case 'day': {
      const start = toDayNumber(date);
      return { start, naturalEnd: start + 1 };
    }
    case 'month':
    case 'season': {
      const ym = parseIsoMonth(date);
      if (!ym) throw new RangeError(`A ${precision}-precision date must be YYYY-MM: ${JSON.stringify(date)}`);
      const months = precision === 'month' ? 1 : SEASON_MONTHS;
      return { start: firstOfMonthAfter(ym.year, ym.month), naturalEnd: firstOfMonthAfter(ym.year, ym.month, months) };
    }
    case 'year': {
      const y = parseIsoYear(date);
      if (!y) throw new RangeError(`A year-precision date must be YYYY: ${JSON.stringify(date)}`);
      return { start: dayNumberOf(y.year, 1, 1), naturalEnd: dayNumberOf(y.year + 1, 1, 1) };
    }
  }
}
