import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { CATEGORY_COLORS, MAP_COLORS, STATUS_COLORS } from '../model/palette';
import { type LabelLanguage, labelText } from './labelText';
import { EVENTS_GRID_SOURCE, EVENTS_SOURCE, GEO_SOURCES, type GeoSourceId } from './layerIds';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export interface FontFile {
  url: string;
  /** CSS unicode-range of the subset file, so MapLibre only downloads files a label needs. */
  range: string;
}
export interface FontFileSet {
  regular: FontFile[];
  bold: FontFile[];
}

export interface StyleInputs {
  /** Turns an app-relative path (e.g. "geo/towns.geojson") into the URL the map should fetch. */
  resolveUrl: (path: string) => string;
  fonts: FontFileSet;
  lang?: LabelLanguage;
  /** Attribution shown in the map's attribution control, per geo source. */
  attribution?: Partial<Record<GeoSourceId, string>>;
}

/** For large records, individual markers are drawn from this zoom on; below it, counts per grid cell. */
export const DENSE_DETAIL_ZOOM = 9;

function fontFaces(fonts: FontFileSet, resolveUrl: (p: string) => string): FontFacesSpecification {
  const toFaces = (files: FontFile[]) => files.map((f) => ({ url: resolveUrl(f.url), 'unicode-range': f.range.split(',') }));
  return { [FONT_REGULAR]: toFaces(fonts.regular), [FONT_BOLD]: toFaces(fonts.bold) };
}

function geoSources(inputs: StyleInputs): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, path] of Object.entries(GEO_SOURCES) as [GeoSourceId, string][]) {
    const attribution = inputs.attribution?.[id];
    sources[id] = {
      type: 'geojson',
      data: inputs.resolveUrl(path),
      // String ids let the adapter address features (feature-state) by their data id.
      promoteId: 'id',
      ...(attribution ? { attribution } : {}),
    };
  }
  return sources;
}

/** A category → colour `match` expression, from the shared palette. */
function categoryColor(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLORS).flat();
  // The spec's tuple type cannot express a variadic list of label/value pairs.
  return ['match', ['get', 'category'], ...pairs, CATEGORY_COLORS.other] as unknown as ExpressionSpecification;
}

function statusColor(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'status'], 'unknown'],
    'open',
    STATUS_COLORS.open,
    'restricted',
    STATUS_COLORS.restricted,
    'closed',
    STATUS_COLORS.closed,
    STATUS_COLORS.unknown,
  ];
}

const cellCount: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/*
 * Whether an event is shown at the slider's date, and revealed within the last 30 days of it: both
 * feature-state written by the adapter (see timeVisibility.ts for why not a filter).
 */
const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];
/** Imported by the person: a property fixed per dataset, so it costs nothing while scrubbing. */
const imported: ExpressionSpecification = ['==', ['get', 'imported'], 1];

function layers(lang: LabelLanguage): LayerSpecification[] {
  const name = labelText(lang);
  const halo = { 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'iso2'], 'KG', MAP_COLORS.kg, 'TJ', MAP_COLORS.tj, 'UZ', MAP_COLORS.uz, MAP_COLORS.land],
      },
    },
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      paint: { 'fill-color': MAP_COLORS.water, 'fill-outline-color': MAP_COLORS.waterLine },
    },
    { id: 'batken-fill', type: 'fill', source: 'batken', paint: { 'fill-color': MAP_COLORS.batken, 'fill-opacity': 0.22 } },
    { id: 'sughd-fill', type: 'fill', source: 'sughd', paint: { 'fill-color': MAP_COLORS.sughd, 'fill-opacity': 0.2 } },
    {
      id: 'enclaves-fill',
      type: 'fill',
      source: 'enclaves',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': MAP_COLORS.enclave, 'fill-opacity': 0.28 },
    },
    {
      id: 'countries-outline',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': MAP_COLORS.countryLine, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    { id: 'batken-outline', type: 'line', source: 'batken', paint: { 'line-color': MAP_COLORS.batken, 'line-width': 1.5 } },
    { id: 'sughd-outline', type: 'line', source: 'sughd', paint: { 'line-color': MAP_COLORS.sughd, 'line-width': 1.5 } },
    {
      id: 'enclaves-outline',
      type: 'line',
      source: 'enclaves',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': MAP_COLORS.enclave, 'line-width': 1.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_COLORS.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 12, 7] },
    },
    {
      id: 'border-line',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.8, 12, 3.5] },
    },
    {
      id: 'enclaves-point',
      type: 'circle',
      source: 'enclaves',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 7,
        'circle-color': MAP_COLORS.enclave,
        'circle-opacity': 0.25,
        'circle-stroke-color': MAP_COLORS.enclave,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'towns-circle',
      type: 'circle',
      source: 'towns',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 11, 4.5],
        'circle-color': MAP_COLORS.town,
        'circle-stroke-color': MAP_COLORS.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'checkpoints-symbol',
      type: 'circle',
      source: 'checkpoints',
      paint: {
        'circle-radius': 6,
        'circle-color': MAP_COLORS.halo,
        'circle-stroke-color': statusColor(),
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'trijunction-symbol',
      type: 'circle',
      source: 'trijunction',
      paint: {
        'circle-radius': 6,
        'circle-color': MAP_COLORS.halo,
        'circle-stroke-color': MAP_COLORS.trijunction,
        'circle-stroke-width': 2.5,
      },
    },
    {
      // Large records, zoomed out: one disc per grid cell with the number of events the map shows
      // there now (the adapter recounts on every step), instead of a carpet of overlapping markers.
      id: 'events-grid-circle',
      type: 'circle',
      source: EVENTS_GRID_SOURCE,
      maxzoom: DENSE_DETAIL_ZOOM,
      paint: {
        // Sized by the square root of the count so areas compare; smaller when zoomed far out, where cells sit close.
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6,
          ['interpolate', ['linear'], ['sqrt', cellCount], 0, 0, 1, 3, 30, 8],
          DENSE_DETAIL_ZOOM,
          ['interpolate', ['linear'], ['sqrt', cellCount], 0, 0, 1, 6, 30, 18],
        ],
        'circle-color': MAP_COLORS.grid,
        'circle-opacity': ['case', ['>', cellCount, 0], 0.8, 0],
        'circle-stroke-color': MAP_COLORS.halo,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': ['case', ['>', cellCount, 0], 1, 0],
      },
    },
    {
      id: 'events-grid-count',
      type: 'symbol',
      source: EVENTS_GRID_SOURCE,
      // Numbers need room: far out the disc sizes carry the density on their own.
      minzoom: DENSE_DETAIL_ZOOM - 1.5,
      maxzoom: DENSE_DETAIL_ZOOM,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        'text-allow-overlap': false,
      },
      // A label whose count changed since it was drawn hides until the labels are refreshed.
      paint: {
        'text-color': '#ffffff',
        'text-opacity': ['case', ['boolean', ['feature-state', 'stale'], false], 0, ['>', ['get', 'count'], 0], 1, 0],
      },
    },
    {
      id: 'events-halo',
      type: 'circle',
      source: EVENTS_SOURCE,
      paint: {
        'circle-radius': ['+', ['coalesce', ['get', 'radius'], 6], 7],
        'circle-color': categoryColor(),
        'circle-opacity': ['case', recent, 0.35, 0],
        'circle-blur': 0.6,
      },
    },
    {
      id: 'events-circle',
      type: 'circle',
      source: EVENTS_SOURCE,
      paint: {
        'circle-radius': ['coalesce', ['get', 'radius'], 6],
        'circle-color': categoryColor(),
        'circle-opacity': ['case', shown, ['case', recent, 1, 0.7], 0],
        'circle-stroke-opacity': ['case', shown, 1, 0],
        'circle-stroke-color': ['case', selected, '#111111', imported, MAP_COLORS.imported, MAP_COLORS.halo],
        'circle-stroke-width': ['case', selected, 4, imported, 3, recent, 2, 1],
      },
    },
    {
      id: 'events-selected',
      type: 'circle',
      source: EVENTS_SOURCE,
      paint: {
        'circle-radius': ['+', ['coalesce', ['get', 'radius'], 6], 6],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ['case', ['all', selected, shown], '#ffd400', 'rgba(0,0,0,0)'],
        'circle-stroke-width': ['case', ['all', selected, shown], 3, 0],
      },
    },
    {
      id: 'batken-label',
      type: 'symbol',
      source: 'batken',
      maxzoom: 9,
      layout: {
        'text-field': name,
        'text-font': [FONT_BOLD],
        'text-size': 13,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
      },
      paint: { 'text-color': '#8a5a12', ...halo },
    },
    {
      id: 'sughd-label',
      type: 'symbol',
      source: 'sughd',
      maxzoom: 9,
      layout: {
        'text-field': name,
        'text-font': [FONT_BOLD],
        'text-size': 13,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
      },
      paint: { 'text-color': '#2f6b3b', ...halo },
    },
    {
      id: 'enclaves-label',
      type: 'symbol',
      source: 'enclaves',
      minzoom: 8,
      layout: {
        'text-field': name,
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-optional': true,
      },
      paint: { 'text-color': MAP_COLORS.enclave, ...halo },
    },
    {
      id: 'towns-label',
      type: 'symbol',
      source: 'towns',
      layout: {
        'text-field': name,
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 10],
      },
      paint: { 'text-color': MAP_COLORS.town, ...halo },
    },
    {
      id: 'checkpoints-label',
      type: 'symbol',
      source: 'checkpoints',
      minzoom: 9,
      layout: { 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 11, 'text-anchor': 'left', 'text-offset': [1, 0] },
      paint: { 'text-color': '#333333', ...halo },
    },
    {
      id: 'trijunction-label',
      type: 'symbol',
      source: 'trijunction',
      layout: { 'text-field': name, 'text-font': [FONT_BOLD], 'text-size': 11, 'text-anchor': 'bottom', 'text-offset': [0, -1] },
      paint: { 'text-color': MAP_COLORS.trijunction, ...halo },
    },
  ];
}

/**
 * The whole map style as plain data: no remote style, tiles, sprites or glyphs. Every URL comes
 * from `resolveUrl`, so the app serves everything from its own origin.
 */
export function buildStyle(inputs: StyleInputs): StyleSpecification {
  return {
    version: 8,
    name: 'Kyrgyzstan–Tajikistan border',
    'font-faces': fontFaces(inputs.fonts, inputs.resolveUrl),
    sources: {
      ...geoSources(inputs),
      [EVENTS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      [EVENTS_GRID_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: layers(inputs.lang ?? 'en'),
  };
}
