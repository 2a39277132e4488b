/** The map's area of interest (Batken / Sughd and surroundings), lon/lat degrees. */
export const REGION_BOUNDS = { west: 67, east: 75, south: 37, north: 42.5 } as const;

export function isInsideRegion([lon, lat]: readonly [number, number]): boolean {
  return lon >= REGION_BOUNDS.west && lon <= REGION_BOUNDS.east && lat >= REGION_BOUNDS.south && lat <= REGION_BOUNDS.north;
}
