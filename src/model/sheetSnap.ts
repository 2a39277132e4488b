/**
 * The details sheet on a phone rests at one of three heights: `peek` (handle, buttons, title and
 * a line), `half` and `full`. Pure arithmetic here: which heights, where a drag lets go, what a key
 * press does. Heights are CSS pixels measured up from the bottom of the viewport.
 */
export const SHEET_SIZES = ['peek', 'half', 'full'] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];
export type SheetHeights = Readonly<Record<SheetSize, number>>;

/** What stays uncovered above a full sheet: enough of the map to see that it is there, and to tap. */
export const FULL_SHEET_GAP_PX = 48;
/** A peek never smaller than the handle and one row of buttons, whatever was measured. */
export const MIN_PEEK_PX = 72;
/** A flick faster than this (px per ms) goes on to the next height in its direction. */
export const FLICK_PX_PER_MS = 0.4;

/**
 * The three heights for a viewport `viewportHeight` tall, given what the peek must show
 * (`peekContent`, measured). Always peek < half < full, so each size is a distinct step.
 */
export function sheetHeights(viewportHeight: number, peekContent: number): SheetHeights {
  const full = Math.max(viewportHeight - FULL_SHEET_GAP_PX, MIN_PEEK_PX + 2);
  const half = Math.min(Math.max(Math.round(viewportHeight / 2), MIN_PEEK_PX + 1), full - 1);
  const peek = Math.min(Math.max(Math.round(peekContent), MIN_PEEK_PX), half - 1);
  return { peek, half, full };
}

/** Where a drag lets go: a flick goes on to the next height its way, a slow release to the nearest. */
export function snapAfterDrag(heights: SheetHeights, height: number, velocity: number): SheetSize {
  if (Math.abs(velocity) >= FLICK_PX_PER_MS) {
    const ahead = velocity > 0 ? SHEET_SIZES.filter((s) => heights[s] > height) : SHEET_SIZES.filter((s) => heights[s] < height);
    // Past the last height in that direction: stay at the last one.
    if (ahead.length === 0) return velocity > 0 ? 'full' : 'peek';
    return (velocity > 0 ? ahead[0] : ahead[ahead.length - 1]) as SheetSize;
  }
  let nearest: SheetSize = 'peek';
  for (const size of SHEET_SIZES) {
    if (Math.abs(heights[size] - height) < Math.abs(heights[nearest] - height)) nearest = size;
  }
  return nearest;
}

/** One step larger (+1) or smaller (-1), stopping at the ends: the arrow keys. */
export function stepSize(size: SheetSize, step: 1 | -1): SheetSize {
  const i = SHEET_SIZES.indexOf(size) + step;
  return SHEET_SIZES[Math.min(Math.max(i, 0), SHEET_SIZES.length - 1)] as SheetSize;
}

/** The next size round the cycle peek → half → full → peek: Enter or Space on the handle. */
export function cycleSize(size: SheetSize): SheetSize {
  return SHEET_SIZES[(SHEET_SIZES.indexOf(size) + 1) % SHEET_SIZES.length] as SheetSize;
}

/** How much of the viewport's bottom the sheet covers now: nothing when there is no sheet. */
export function sheetInset(heights: SheetHeights | null, size: SheetSize): number {
  return heights ? heights[size] : 0;
}

/**
 * How many pixels of the map's bottom edge a sheet `inset` px tall covers, for a map whose box
 * runs from `mapTop` to `mapBottom` in a viewport `viewportHeight` tall. Never the whole map: the
 * camera needs some height left to centre in (`minVisible`).
 */
export function coveredMapBottom(
  map: { top: number; bottom: number },
  viewportHeight: number,
  inset: number,
  minVisible = 40,
): number {
  if (inset <= 0) return 0;
  const covered = map.bottom - (viewportHeight - inset);
  const height = map.bottom - map.top;
  return Math.round(Math.min(Math.max(covered, 0), Math.max(height - minVisible, 0)));
}
