/**
 * Calendar checks for the ISO date strings the event file uses (YYYY, YYYY-MM, YYYY-MM-DD).
 * Shared by the schema (which must reject 2021-02-30) and by the interval maths, so both agree
 * on what a real date is. Proleptic Gregorian calendar, no time zones: a date is a whole UTC day.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Parses a YYYY-MM-DD string that names a day that exists; otherwise null. */
export function parseIsoDay(value: string): DayParts | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses a YYYY-MM string with a month 01–12; otherwise null. */
export function parseIsoMonth(value: string): { year: number; month: number } | null {
  const m = MONTH.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year, month };
}

export function parseIsoYear(value: string): { year: number } | null {
  const m = YEAR.exec(value);
  return m ? { year: Number(m[1]) } : null;
}

export const isIsoDay = (value: string): boolean => parseIsoDay(value) !== null;
export const isIsoMonth = (value: string): boolean => parseIsoMonth(value) !== null;
export const isIsoYear = (value: string): boolean => parseIsoYear(value) !== null;

/** A source's publication date may be as coarse as the source itself gives it. */
export const isIsoDayMonthOrYear = (value: string): boolean => isIsoDay(value) || isIsoMonth(value) || isIsoYear(value);
