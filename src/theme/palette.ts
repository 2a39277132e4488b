/*
 * One palette for map and panels, so a category looks the same on a marker, in the legend and in the
 * list. Category colours are picked from a colour-blind-safe qualitative set (Okabe–Ito based) and
 * each passes 3:1 against the muted basemap.
 */
export const CATEGORY_COLORS = {
  clash: '#c0392b',
  incident: '#e67e22',
  closure: '#6c3483',
  reopening: '#1e8449',
  agreement: '#0072b2',
  treaty: '#154360',
  meeting: '#56b4e9',
  visit: '#cc79a7',
  infrastructure: '#8d6e63',
  other: '#7f8c8d',
} as const;

export type CategoryColorKey = keyof typeof CATEGORY_COLORS;

export const STATUS_COLORS = {
  open: '#1e8449',
  restricted: '#d68910',
  closed: '#c0392b',
  unknown: '#7f8c8d',
} as const;

export const MAP_COLORS = {
  background: '#d8e2e8',
  land: '#f3f1ec',
  kg: '#f6efe2',
  tj: '#eef3e6',
  uz: '#f1eef3',
  countryLine: '#9aa0a6',
  water: '#a9c8dc',
  waterLine: '#7fa7c2',
  batken: '#e0a84f',
  sughd: '#5d9b6a',
  enclave: '#7d3c98',
  border: '#a61b1b',
  borderCasing: '#ffffff',
  town: '#333333',
  halo: '#ffffff',
  // Events the person imported: a thick near-black ring, distinct from every category fill.
  imported: '#1f1147',
  // Counts of events per area for large records: the clash red, darkened so white numbers read on it.
  grid: '#8c1d18',
  trijunction: '#111111',
} as const;
