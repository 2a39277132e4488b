/**
 * The year axis under the density bars: a minor tick at every 1 January and a label for as many
 * years as fit side by side at the strip's measured width. Pure, so the "no overlap" and "every
 * decade" promises are tested at phone and desktop widths without a browser.
 */
import type { TimeScale } from './timeScale';

/**
 * Room one label needs, in px, with a gap to its neighbour: four digits at the axis's 12 px
 * (0.8rem of the 15 px root) are about 27 px wide in the system fonts; the rest keeps them apart.
 */
export const YEAR_LABEL_PX = 34;

export interface YearTick {
  year: number;
  /** First day of the year inside the extent (the extent's start for a cut first year). */
  day: number;
  /** x (0–1) of that day: where the minor tick is drawn. */
  x: number;
  /** x (0–1) of the middle of the year's span, where its label is centred. */
  mid: number;
}

export interface YearLabel {
  year: number;
  /** Left edge in px, kept inside [0, width − label]. */
  left: number;
}

/** One tick per calendar year (or part year) of the scale. */
export function yearTicks(scale: TimeScale): YearTick[] {
  const ticks: YearTick[] = [];
  // The last knot is the extent's end, not a year of its own.
  for (let i = 0; i + 1 < scale.days.length; i++) {
    const day = scale.days[i] as number;
    const x = scale.xs[i] as number;
    const next = scale.xs[i + 1] as number;
    ticks.push({ year: new Date(day * 86_400_000).getUTCFullYear(), day, x, mid: (x + next) / 2 });
  }
  return ticks;
}

/**
 * Which years get a label at `widthPx`. Decades are always labelled (the anchors a reader counts
 * from); then, left to right, every other year whose label does not touch one already placed —
 * with equal-width labels, left to right places as many as can fit between the decades.
 */
export function yearLabels(ticks: readonly YearTick[], widthPx: number, labelPx = YEAR_LABEL_PX): YearLabel[] {
  if (widthPx <= 0 || ticks.length === 0) return [];
  const place = (t: YearTick): YearLabel => ({
    year: t.year,
    left: Math.min(Math.max(0, t.mid * widthPx - labelPx / 2), Math.max(0, widthPx - labelPx)),
  });
  const placed: YearLabel[] = ticks.filter((t) => t.year % 10 === 0).map(place);
  const clear = (l: YearLabel) => placed.every((p) => Math.abs(p.left - l.left) >= labelPx);
  for (const t of ticks) {
    if (t.year % 10 === 0) continue;
    const label = place(t);
    if (clear(label)) placed.push(label);
  }
  return placed.sort((a, b) => a.left - b.left);
}
