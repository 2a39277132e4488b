/** Every geo source the style declares, by the file that feeds it. */
export const GEO_SOURCES = {
  countries: 'geo/countries.geojson',
  water: 'geo/water.geojson',
  batken: 'geo/batken.geojson',
  sughd: 'geo/sughd.geojson',
  enclaves: 'geo/enclaves.geojson',
  border: 'geo/border.geojson',
  towns: 'geo/towns.geojson',
  checkpoints: 'geo/checkpoints.geojson',
  trijunction: 'geo/trijunction.geojson',
} as const;

export type GeoSourceId = keyof typeof GEO_SOURCES;

export function isGeoSource(id: string): id is GeoSourceId {
  return id in GEO_SOURCES;
}

/** Events live on their own source so time filtering never reloads the boundary sources. */
export const EVENTS_SOURCE = 'events';
/** Counts of shown events per grid cell, for large records when zoomed out (see eventGrid.ts). */
export const EVENTS_GRID_SOURCE = 'events-grid';
