import type { LonLat } from './record';

/** West, south, east, north in degrees. The map never crosses the antimeridian here. */
export type LonLatBounds = [number, number, number, number];

/** The smallest box holding every point, or null for none. */
export function boundsOf(points: readonly LonLat[]): LonLatBounds | null {
  if (points.length === 0) return null;
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

export function boundsContain([west, south, east, north]: LonLatBounds, [lon, lat]: LonLat): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
