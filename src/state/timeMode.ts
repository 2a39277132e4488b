import { fromDayNumber, toDayNumber } from '../data/eventInterval';
import { revealedCount } from './selectors';
import type { TimedEvent } from './timedEvent';

/**
 * cumulative: everything begun by the date; window: what was under way in the last N months;
 * instant: only what the date falls inside (a month-precision event fills its whole month).
 */
export const TIME_MODES = ['cumulative', 'window', 'instant'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

export const WINDOW_MONTHS = [1, 3, 6, 12, 24, 60] as const;
export type WindowMonths = (typeof WINDOW_MONTHS)[number];
export const DEFAULT_WINDOW_MONTHS: WindowMonths = 12;

/** Stands for "no lower bound" in the map's global state, which must be plain JSON (no -Infinity). */
export const NO_LOWER_BOUND = -1e9;

/** The same calendar day `months` earlier, clamped to the month's length (31 March − 1 month → 28/29 February). */
export function monthsBefore(day: number, months: number): number {
  const [y, m, d] = fromDayNumber(day).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFix = month === 2 && !isLeap(year) ? 28 : lastDay;
  const dd = Math.min(d, leapFix);
  return toDayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * An event is shown when it has begun (`start <= day`) and has not ended before this bound
 * (`end > bound`); the map applies the same two comparisons in its filter expression.
 */
export function endLowerBound(day: number, mode: TimeMode, windowMonths: number): number {
  switch (mode) {
    case 'cumulative':
      return NO_LOWER_BOUND;
    case 'window':
      return monthsBefore(day, windowMonths);
    case 'instant':
      return day;
  }
}

/** The events shown at `day` in `mode`, in chronological order. */
export function eventsInMode(events: readonly TimedEvent[], day: number, mode: TimeMode, windowMonths: number): TimedEvent[] {
  const begun = events.slice(0, revealedCount(events, day));
  if (mode === 'cumulative') return begun;
  const bound = endLowerBound(day, mode, windowMonths);
  return begun.filter((e) => e.endDay > bound);
}

/** How many events `eventsInMode` would return, without building the list (cheap on every slider step). */
export function countInMode(events: readonly TimedEvent[], day: number, mode: TimeMode, windowMonths: number): number {
  const begun = revealedCount(events, day);
  if (mode === 'cumulative') return begun;
  const bound = endLowerBound(day, mode, windowMonths);
  let n = 0;
  for (let i = 0; i < begun; i++) if ((events[i] as TimedEvent).endDay > bound) n++;
  return n;
}

/** The newest `limit` events shown at `day`, newest first: what the events list draws. */
export function newestInMode(
  events: readonly TimedEvent[],
  day: number,
  mode: TimeMode,
  windowMonths: number,
  limit: number,
): TimedEvent[] {
  const bound = endLowerBound(day, mode, windowMonths);
  const out: TimedEvent[] = [];
  for (let i = revealedCount(events, day) - 1; i >= 0 && out.length < limit; i--) {
    const e = events[i] as TimedEvent;
    if (e.endDay > bound) out.push(e);
  }
  return out;
}

export function isTimeMode(value: string): value is TimeMode {
  return (TIME_MODES as readonly string[]).includes(value);
}

export function isWindowMonths(value: number): value is WindowMonths {
  return (WINDOW_MONTHS as readonly number[]).includes(value);
}
