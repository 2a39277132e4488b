import { MAP_COLORS } from '../model/palette';

/* The chart's vertical layout in viewBox units; only proportions matter, CSS sets the height. */
export const TICK_TOP = 0;
export const TICK_BOTTOM = 14;
export const BARS_TOP = 16;
export const BARS_BOTTOM = 64;
export const BARS_HEIGHT = BARS_BOTTOM - BARS_TOP;

/** Ticks mark the few milestones of a curated record; in a record of thousands they would only paint the strip over. */
export const MAX_TICKS = 200;

/* A tick is a hairline; its hit area must stay wide enough to tap at phone width. */
export const TICK_HIT_FRACTION = 1 / 60;

/* Undocumented periods are drawn paler than any real status so they never read as one. */
export const UNKNOWN_OPACITY = 0.3;

/** The date marker: the border's red, as on the map. */
export const MARKER_COLOR = MAP_COLORS.border;
