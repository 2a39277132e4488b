import type { LngLatBoundsLike } from 'maplibre-gl';

/** The Batken–Sughd border area the first screen frames (west, south, east, north). */
export const BORDER_AREA_BOUNDS: [number, number, number, number] = [69.0, 39.4, 72.5, 40.6];

/** The box the geo layers cover (scripts/geo/config.mjs REGION_BOX): all of Kyrgyzstan, Tajikistan and Uzbekistan. */
export const GEO_BOX: [number, number, number, number] = [55.5, 35.0, 81.0, 52.0];

/** Degrees of "no data" grey a person may pan into at the box's edge, so its end is seen as an end. */
const MARGIN = 0.5;

/*
 * How far a person can pan. MapLibre also keeps the view inside these bounds when zooming out, so
 * the widest view is the box itself: about zoom 4.6 in a 900-pixel-wide map (a 1280 × 800 window
 * with the side pane), which shows the three countries whole (55.9–80.3E) with no minZoom of its own.
 */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [GEO_BOX[0] - MARGIN, GEO_BOX[1] - MARGIN],
  [GEO_BOX[2] + MARGIN, GEO_BOX[3] + MARGIN],
];
