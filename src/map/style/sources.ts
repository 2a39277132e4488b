/**
 * Every geo source the style declares, by the file that feeds it. The order is the order MapLibre
 * loads and lays them out in: the sources with names first, so their tiles ask for the label
 * glyphs (a round trip through the main thread, which rasterises them) while the worker is still
 * busy with the outlines, instead of last, at the end of a cold load.
 */
export const GEO_SOURCES = {
  // One point per named area (country, region, enclave, water body): a polygon's own label would
  // repeat on every tile it crosses.
  labels: 'geo/labels.geojson',
  towns: 'geo/towns.geojson',
  villages: 'geo/villages.geojson',
  checkpoints: 'geo/checkpoints.geojson',
  trijunction: 'geo/trijunction.geojson',
  rivers: 'geo/rivers.geojson',
  countries: 'geo/countries.geojson',
  water: 'geo/water.geojson',
  batken: 'geo/batken.geojson',
  sughd: 'geo/sughd.geojson',
  enclaves: 'geo/enclaves.geojson',
  border: 'geo/border.geojson',
} as const;

export type GeoSourceId = keyof typeof GEO_SOURCES;

export function isGeoSource(id: string): id is GeoSourceId {
  return id in GEO_SOURCES;
}

/** Events live on their own source so time filtering never reloads the boundary sources. */
export const EVENTS_SOURCE = 'events';
/** Counts of shown events per grid cell, for large records when zoomed out (see eventGrid.ts). */
export const EVENTS_GRID_SOURCE = 'events-grid';
/** Counts of shown events per pin that several events share (see eventGrid.ts). */
export const EVENTS_STACKS_SOURCE = 'events-stacks';
/** Places the event record names that no geo layer holds (see recordPlaces.ts). */
export const RECORD_PLACES_SOURCE = 'record-places';
/** The selected event's places and the spokes from its pin to them. */
export const EVENT_PLACES_SOURCE = 'event-places';
/** The source of the area names (labels.geojson). */
export const LABELS_SOURCE = 'labels' satisfies GeoSourceId;
