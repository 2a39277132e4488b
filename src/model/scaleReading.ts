/*
 * What a scale bar reads, for the on-screen bar and the one drawn into the PNG alike, so the two
 * always round the same way.
 */

/** Distances a scale bar may show: 1, 2, 3 or 5 times a power of ten. */
function roundDistance(value: number): number {
  const pow10 = 10 ** Math.floor(Math.log10(value));
  const lead = value / pow10;
  const step = lead >= 5 ? 5 : lead >= 3 ? 3 : lead >= 2 ? 2 : 1;
  return step * pow10;
}

export interface ScaleReading {
  /** Bar length in the same pixels as `maxWidth`. */
  width: number;
  /** The distance written on the bar, in `unit`. */
  distance: number;
  unit: 'km' | 'm';
}

export type ScaleUnits = Readonly<Record<ScaleReading['unit'], string>>;

/** What a bar at most `maxWidth` px long, spanning `maxMeters` on the ground, should read. */
export function scaleReading(maxMeters: number, maxWidth: number): ScaleReading | null {
  if (!(maxMeters > 0) || !(maxWidth > 0)) return null;
  const unit = maxMeters >= 1000 ? 'km' : 'm';
  const max = unit === 'km' ? maxMeters / 1000 : maxMeters;
  const distance = roundDistance(max);
  return { width: maxWidth * (distance / max), distance, unit };
}

/** The bar's words, e.g. "20 km"; a no-break space keeps number and unit on one line. */
export function scaleLabel(reading: ScaleReading, units: ScaleUnits): string {
  return `${reading.distance}\u00a0${units[reading.unit]}`;
}

/** MapLibre's earth radius, so a length measured here agrees with one measured on the map. */
const EARTH_RADIUS_M = 6_371_008.8;
/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

/** Metres on the ground per CSS pixel at `latitude` on an unpitched Web Mercator map at `zoom`. */
export function metersPerPixel(latitude: number, zoom: number): number {
  const circumference = 2 * Math.PI * EARTH_RADIUS_M * Math.cos((latitude * Math.PI) / 180);
  return circumference / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
}
