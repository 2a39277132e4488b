import { addMonths } from './days';

/**
 * cumulative: everything begun by the date; window: what was under way in the last N months;
 * instant: only what the date falls inside (a month-precision event fills its whole month).
 */
export const TIME_MODES = ['cumulative', 'window', 'instant'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

export const WINDOW_MONTHS = [1, 3, 6, 12, 24, 60] as const;
export type WindowMonths = (typeof WINDOW_MONTHS)[number];
export const DEFAULT_WINDOW_MONTHS: WindowMonths = 12;

/** Stands for "no lower bound"; a plain number rather than -Infinity so it survives JSON. */
export const NO_LOWER_BOUND = -1e9;

/** What the date, the mode and the window decide together. */
export interface TimeView {
  day: number;
  mode: TimeMode;
  windowMonths: number;
}

/**
 * The end bound: an event is shown at `day` when it has begun (`startDay <= day`) and has not
 * ended by this bound (`endDay > endBound`). The list, the counts and the map all use these two
 * comparisons.
 */
export function endBound({ day, mode, windowMonths }: TimeView): number {
  switch (mode) {
    case 'cumulative':
      return NO_LOWER_BOUND;
    case 'window':
      return addMonths(day, -windowMonths);
    case 'instant':
      return day;
  }
}

export function isTimeMode(value: string): value is TimeMode {
  return (TIME_MODES as readonly string[]).includes(value);
}

export function isWindowMonths(value: number): value is WindowMonths {
  return (WINDOW_MONTHS as readonly number[]).includes(value);
}

/** Days an event stays emphasised after it is revealed. */
export const RECENT_DAYS = 30;
