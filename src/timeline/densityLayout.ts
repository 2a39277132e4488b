import { MAP_COLORS } from '../model/palette';
import { type TimeScale, xOfDay } from './timeScale';

/*
 * The chart's vertical layout in viewBox units. CSS draws the chart 52 px tall, so one unit is one
 * pixel and the minimum bar height below is real pixels.
 */
export const TICK_TOP = 0;
export const TICK_BOTTOM = 10;
export const BARS_TOP = 12;
export const BARS_BOTTOM = 52;
export const BARS_HEIGHT = BARS_BOTTOM - BARS_TOP;

/** The charts' horizontal viewBox width: x = `xOfDay` × this (fractions alone would be fiddly numbers). */
export const X_UNITS = 1000;

/** A day's x in the charts' viewBox units. */
export function xUnits(scale: TimeScale, day: number): number {
  return xOfDay(scale, day) * X_UNITS;
}

/** A month with a single event among months of dozens must still read as a bar, not a hairline. */
export const MIN_BAR_HEIGHT = 4;

/** Height of a month's bar: 0 when empty, else at least MIN_BAR_HEIGHT, the busiest month the full height. */
export function barHeight(total: number, peak: number): number {
  if (total <= 0) return 0;
  return MIN_BAR_HEIGHT + (Math.min(total, peak) / Math.max(1, peak)) * (BARS_HEIGHT - MIN_BAR_HEIGHT);
}

/** Ticks mark the few milestones of a curated record; in a record of thousands they would only paint the strip over. */
export const MAX_TICKS = 200;

/* A tick is a hairline; its hit area must stay wide enough to tap at phone width. */
export const TICK_HIT_FRACTION = 1 / 60;

/* Undocumented periods are drawn paler than any real status so they never read as one. */
export const UNKNOWN_OPACITY = 0.3;

/** The date marker: the border's red, as on the map. */
export const MARKER_COLOR = MAP_COLORS.border;
