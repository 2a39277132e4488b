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

/* The dark tone of each of the three countries: region names, enclave outlines, the legend. */
const KG_DARK = '#8a5a12';
const TJ_DARK = '#2f6b3b';
const UZ_DARK = '#5b3f96';

export const MAP_COLORS = {
  // Outside the box the geo layers cover: a flat grey that reads as "no data", not as land or water.
  background: '#c4c8cc',
  // Countries other than the three, in three neutral tones so that no two neighbours share one.
  land: '#f2f0eb',
  landAlt: '#e8e5de',
  landThird: '#eeebe3',
  kg: '#f5e6cc',
  tj: '#dfecd6',
  uz: '#e6e0f0',
  countryLine: '#8c8f93',
  countryLabel: '#6e665e',
  water: '#a9c8dc',
  waterLine: '#7fa7c2',
  river: '#5b95c2',
  canal: '#6fa3c9',
  waterLabel: '#2f6690',
  // Region outlines; the areas are opaque, so the map and the legend show the same colour.
  batken: '#e0a84f',
  sughd: '#5d9b6a',
  batkenArea: '#efd4a9',
  sughdArea: '#bdd6bc',
  // Enclaves in the colour family of the country that holds them, outlined in its dark tone.
  kgEnclave: '#e8bd7c',
  tjEnclave: '#9fc79c',
  uzEnclave: '#cbbde6',
  kgEnclaveLine: KG_DARK,
  tjEnclaveLine: TJ_DARK,
  uzEnclaveLine: UZ_DARK,
  border: '#a61b1b',
  borderCasing: '#ffffff',
  town: '#333333',
  // Places the record names at an approximate or inferred position (a water intake): a hollow teal mark.
  recordPlace: '#1f6f78',
  halo: '#ffffff',
  // Events the person imported: a thick near-black ring, distinct from every category fill.
  imported: '#1f1147',
  // Counts of events per area for large records: the clash red, darkened so white numbers read on it.
  grid: '#8c1d18',
  trijunction: '#111111',
  // Region names, darker than their fills so they read on them.
  batkenLabel: KG_DARK,
  sughdLabel: TJ_DARK,
  checkpointLabel: '#333333',
  // On a marker: the selected one's ring (near black inside, yellow outside) and white numbers on count discs.
  selectedStroke: '#111111',
  selectedRing: '#ffd400',
  /** The ring round the events a story step rests on: distinct from the selection's yellow. */
  storyRing: '#d6007a',
  gridText: '#ffffff',
  transparent: 'rgba(0,0,0,0)',
} as const;

/** Each enclave's colours by the country that holds it (its `owner` in enclaves.geojson). */
export const ENCLAVE_COLORS = {
  KG: { fill: MAP_COLORS.kgEnclave, line: MAP_COLORS.kgEnclaveLine },
  TJ: { fill: MAP_COLORS.tjEnclave, line: MAP_COLORS.tjEnclaveLine },
  UZ: { fill: MAP_COLORS.uzEnclave, line: MAP_COLORS.uzEnclaveLine },
} as const;
export type EnclaveOwner = keyof typeof ENCLAVE_COLORS;
export const ENCLAVE_OWNERS = Object.keys(ENCLAVE_COLORS) as EnclaveOwner[];

/** Countries with a fill of their own; every other country takes one of the neutral tones below. */
export const COUNTRY_COLORS = { KG: MAP_COLORS.kg, TJ: MAP_COLORS.tj, UZ: MAP_COLORS.uz } as const;
/*
 * The neighbours in the box, coloured so that touching ones differ (Kazakhstan–China–Russia,
 * Afghanistan–Turkmenistan–Iran, Pakistan–India–China): these take landAlt or landThird, the rest land.
 */
export const NEUTRAL_TONES: Readonly<Record<'landAlt' | 'landThird', readonly string[]>> = {
  landAlt: ['CN', 'IR', 'RU'],
  landThird: ['TM', 'PK'],
};
