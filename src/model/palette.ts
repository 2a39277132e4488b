/*
 * One palette for map and panels, so a colour means the same on the map, in the legend and in the
 * lists. Category colours live with the categories (categoryTable.js) and are re-exported here.
 */
export { CATEGORY_COLORS } from './category.ts';
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
  // Region names, darker than their fills so they read on them.
  batkenLabel: '#8a5a12',
  sughdLabel: '#2f6b3b',
  checkpointLabel: '#333333',
  // On a marker: the selected one's ring (near black inside, yellow outside) and white numbers on count discs.
  selectedStroke: '#111111',
  selectedRing: '#ffd400',
  gridText: '#ffffff',
  transparent: 'rgba(0,0,0,0)',
} as const;
