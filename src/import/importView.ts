import type { BorderEvent } from '../model/record';

/** The map's zoom limits for a fitted view: never closer than a village, never out to the whole region. */
const MIN_ZOOM = 6;
const MAX_ZOOM = 12;
/** The map size the fit assumes: smaller than a desktop map pane, so the events keep a margin. */
const ASSUMED_PX = { width: 640, height: 400 };

/**
 * Where to look to see a file's events: the centre of their bounding box and a zoom at which the
 * box fits 640 × 400 px (MapLibre draws the world 512 px wide at zoom 0). Null for a file without events.
 */
export function viewOfEvents(
  events: readonly Pick<BorderEvent, 'location'>[],
): { center: [number, number]; zoom: number } | null {
  if (events.length === 0) return null;
  let [west, south] = events[0]?.location ?? [0, 0];
  let [east, north] = [west, south];
  for (const {
    location: [lon, lat],
  } of events) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  // Latitude degrees are stretched by Mercator; near 40° N a degree of latitude spans ~1.3 of longitude.
  const zoomFitting = (px: number, degrees: number) => Math.log2((px / 512) * (360 / Math.max(degrees, 1e-6)));
  const zoom = Math.min(zoomFitting(ASSUMED_PX.width, east - west), zoomFitting(ASSUMED_PX.height, (north - south) * 1.3));
  return {
    center: [(west + east) / 2, (south + north) / 2],
    zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor(zoom * 4) / 4)),
  };
}
