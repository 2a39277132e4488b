import type { DatePrecision } from '../data/eventInterval';

const UTC = 'UTC';

function parts(iso: string): { y: number; m: number; d: number } {
  const [y = '1970', m = '1', d = '1'] = iso.split('-');
  return { y: Number(y), m: Number(m), d: Number(d) };
}

function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A date written at the precision the record knows it: "14 September 2022", "May 2024", "2023",
 * or a season as its month span ("June–August 1995"). Never shows a day the sources do not give.
 */
export function formatPrecisionDate(iso: string, precision: DatePrecision, locale = 'en-GB'): string {
  const { y, m, d } = parts(iso);
  switch (precision) {
    case 'day':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UTC }).format(
        utcDate(y, m, d),
      );
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: UTC }).format(utcDate(y, m, 1));
    case 'season': {
      const first = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: UTC }).format(utcDate(y, m, 1));
      const last = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: UTC }).format(
        utcDate(y, m + 2, 1),
      );
      return `${first}–${last}`;
    }
    case 'year':
      return String(y);
  }
}

/** A slider day (days since 1970-01-01) in words. */
export function formatDay(day: number, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UTC }).format(
    new Date(day * 86_400_000),
  );
}
