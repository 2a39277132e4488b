import type { LngLatBoundsLike } from 'maplibre-gl';

/** The Batken–Sughd border area the first screen frames (west, south, east, north). */
export const BORDER_AREA_BOUNDS: [number, number, number, number] = [69.0, 39.4, 72.5, 40.6];

/** How far a person can pan: the region the geo layers cover, plus a margin. */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [65.5, 36.0],
  [76.5, 43.5],
];
