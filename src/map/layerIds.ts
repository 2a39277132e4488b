/** Every source the style declares, by the file (or runtime data) that feeds it. */
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

/** Events live on their own source so time filtering never reloads the boundary sources. */
export const EVENTS_SOURCE = 'events';
/** More events than this and single markers at low zoom become an unreadable carpet: counts per area take over. */
export const DENSE_RECORD_SIZE = 3000;
/** Counts of shown events per grid cell, for large records when zoomed out (see eventGrid.ts). */
export const EVENTS_GRID_SOURCE = 'events-grid';

/**
 * The user-facing layer groups (the layers panel toggles these) and the style layers each one owns.
 * The map adapter switches visibility per group, so the style stays the single place that names layers.
 */
export const LAYER_GROUPS = {
  batken: ['batken-fill', 'batken-outline', 'batken-label'],
  sughd: ['sughd-fill', 'sughd-outline', 'sughd-label'],
  enclaves: ['enclaves-fill', 'enclaves-outline', 'enclaves-point', 'enclaves-label'],
  checkpoints: ['checkpoints-symbol', 'checkpoints-label'],
  trijunction: ['trijunction-symbol', 'trijunction-label'],
  towns: ['towns-circle', 'towns-label'],
  events: ['events-grid-circle', 'events-grid-count', 'events-halo', 'events-circle', 'events-selected'],
} as const;

export type LayerGroup = keyof typeof LAYER_GROUPS;

/** The layers that label features by name: their text follows the interface language (labelText.ts). */
export const NAME_LABEL_LAYERS = [
  'batken-label',
  'sughd-label',
  'enclaves-label',
  'towns-label',
  'checkpoints-label',
  'trijunction-label',
] as const;
export const LAYER_GROUP_NAMES = Object.keys(LAYER_GROUPS) as LayerGroup[];
