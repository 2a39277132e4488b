/**
 * The timeline's one horizontal scale: day number ↔ x as a fraction (0 at the extent's first day,
 * 1 after its last). The slider's thumb and pointer, the density bars, the milestone ticks, the
 * year axis and the status lanes all read this, so a date sits at the same x in every one of them.
 *
 * Why a "focus + context" scale and not a linear one: the record is very uneven (a dozen events
 * over 1992–2013, most of them after 2019), so a linear axis gave four fifths of the width to
 * twenty quiet years and squeezed the busy ones into a few pixels. Here each calendar year's
 * width grows with the number of events that start in it, on top of a floor every year gets, so
 * an empty year stays visible and clickable and the whole range is always on screen (no zoom
 * state to get lost in). Within a year the scale is linear, so months and days keep their order
 * and keyboard steps (days, months) stay what they were; only the drawing is uneven.
 *
 * The floor is half the mean events per year (at least 1): an empty year then gets at least a
 * third of the width a linear scale would give it, however lopsided the record.
 */
import { partitionPoint } from '../model/binarySearch';
import type { DayExtent } from '../model/days';

export interface TimeScale {
  readonly min: number;
  /** Last day inside the extent (inclusive), as in `DayExtent`. */
  readonly max: number;
  /** Knot days, ascending: the extent's start, each 1 January inside it, then max + 1. */
  readonly days: readonly number[];
  /** x of each knot, ascending from 0 to 1. */
  readonly xs: readonly number[];
}

const MS_PER_DAY = 86_400_000;
const yearOf = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear();
const newYear = (year: number) => Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);

/**
 * The scale for an extent, given the start days of the record's events (all of them, not the
 * filtered ones: a scale that moved with every filter would move the thumb under the pointer).
 */
export function buildTimeScale(extent: DayExtent, startDays: Iterable<number>): TimeScale {
  const { min, max } = extent;
  const end = Math.max(min + 1, max + 1);
  const days = [min];
  for (let y = yearOf(min) + 1; newYear(y) < end; y++) days.push(newYear(y));
  days.push(end);

  const segments = days.length - 1;
  const counts = new Array<number>(segments).fill(0);
  let total = 0;
  for (const day of startDays) {
    if (day < min || day >= end) continue;
    const i = partitionPoint(days.length, (k) => (days[k] as number) <= day) - 1;
    counts[i] = (counts[i] ?? 0) + 1;
    total += 1;
  }

  const floor = Math.max(1, total / (2 * segments));
  const weights = counts.map((n, i) => {
    const from = days[i] as number;
    const to = days[i + 1] as number;
    // A year cut by the extent gets its floor in proportion to the part that is inside.
    const covered = (to - from) / (newYear(yearOf(from) + 1) - newYear(yearOf(from)));
    return floor * covered + n;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const xs = [0];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    xs.push(acc / sum);
  }
  xs[xs.length - 1] = 1;
  return { min, max: end - 1, days, xs };
}

/** x (0–1) of a day number; fractional days are allowed (day + 0.5 is the middle of a day). */
export function xOfDay(scale: TimeScale, day: number): number {
  const { days, xs } = scale;
  const last = days.length - 1;
  if (day <= (days[0] as number)) return 0;
  if (day >= (days[last] as number)) return 1;
  const i = partitionPoint(days.length, (k) => (days[k] as number) <= day) - 1;
  const d0 = days[i] as number;
  const d1 = days[i + 1] as number;
  const x0 = xs[i] as number;
  const x1 = xs[i + 1] as number;
  return x0 + ((day - d0) / (d1 - d0)) * (x1 - x0);
}

/** The whole day under x (0–1), clamped to the extent: what a pointer at x picks. */
export function dayAtX(scale: TimeScale, x: number): number {
  const { days, xs } = scale;
  if (!(x > 0)) return scale.min;
  if (x >= 1) return scale.max;
  const i = Math.max(0, partitionPoint(xs.length, (k) => (xs[k] as number) <= x) - 1);
  const d0 = days[i] as number;
  const d1 = days[i + 1] as number;
  const x0 = xs[i] as number;
  const x1 = xs[i + 1] as number;
  // The tiny epsilon keeps x computed from a day's own start from rounding down into the day before.
  const day = Math.floor(d0 + ((x - x0) / (x1 - x0)) * (d1 - d0) + 1e-7);
  return Math.min(scale.max, Math.max(scale.min, day));
}

/** The day under a pointer over an element that spans the scale's full width. */
export function dayAtClientX(scale: TimeScale, clientX: number, box: { left: number; width: number }): number {
  return dayAtX(scale, box.width > 0 ? (clientX - box.left) / box.width : 0);
}
