import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { firstLoadFile } from '../../model/geoOverview';
import { BASE_LANG, type Lang } from '../../model/languages';
import { areaLayers } from './areaLayers';
import { eventLayers } from './eventLayers';
import { glyphsUrl } from './labelFonts';
import { labelLayers } from './labelLayers';
import { pointLayers } from './pointLayers';
import { sharePrograms } from './sharedPrograms';
import {
  EVENT_PLACES_SOURCE,
  EVENTS_GRID_SOURCE,
  EVENTS_SOURCE,
  EVENTS_STACKS_SOURCE,
  GEO_SOURCES,
  type GeoSourceId,
  RECORD_PLACES_SOURCE,
} from './sources';

export interface StyleInputs {
  /** Turns an app-relative path (e.g. "geo/towns.geojson") into the URL the map should fetch. */
  resolveUrl: (path: string) => string;
  /** Wraps the resolved glyphs URL (the app's glyph loader, see map/glyphs.ts); unchanged if absent. */
  glyphUrl?: (resolved: string) => string;
  lang?: Lang;
  /** Attribution shown in the map's attribution control, per geo source. */
  attribution?: Partial<Record<GeoSourceId, string>>;
  /**
   * Start from the coarser overview files where a layer has one (model/geoOverview.ts): for a view
   * that opens wide. The full files replace them later (map/geoDetail.ts). Off unless asked for.
   */
  overview?: boolean;
}

/*
 * How far beyond its edges each tile carries its features, in 1/512ths of a tile. MapLibre's 128 (a
 * quarter tile each side) made every tile lay out about twice the area it shows; the widest line
 * here is 7 px (the border's casing), and circles and labels are drawn by the tile their point
 * lies in, so 32 leaves no seam while the worker cuts and lays out far less at a cold load.
 */
const TILE_BUFFER = 32;

function geoSources(inputs: StyleInputs): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, path] of Object.entries(GEO_SOURCES) as [GeoSourceId, string][]) {
    const attribution = inputs.attribution?.[id];
    sources[id] = {
      type: 'geojson',
      data: inputs.resolveUrl(inputs.overview ? firstLoadFile(path) : path),
      // String ids let the adapter address features (feature-state) by their data id.
      promoteId: 'id',
      buffer: TILE_BUFFER,
      ...(attribution ? { attribution } : {}),
    };
  }
  return sources;
}

/** The layers as written, in drawing order: areas, place symbols, events, then labels on top. */
export function styleLayers(lang: Lang): LayerSpecification[] {
  return [...areaLayers(), ...pointLayers(), ...eventLayers(lang), ...labelLayers(lang)];
}

/**
 * The whole map style as plain data: no remote style, tiles or sprites, and glyphs made ahead by
 * scripts/glyphs. Every URL comes from `resolveUrl`, so the app serves everything from its own origin. Layers are drawn in the
 * order listed: areas, place symbols, events, then labels on top.
 */
export function buildStyle(inputs: StyleInputs): StyleSpecification {
  const emptySource: SourceSpecification = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    buffer: TILE_BUFFER,
  };
  return {
    version: 8,
    name: 'Kyrgyzstan–Tajikistan border',
    glyphs: glyphsUrl(inputs.resolveUrl, inputs.glyphUrl),
    sources: {
      ...geoSources(inputs),
      [EVENTS_SOURCE]: { ...emptySource, promoteId: 'id' },
      [EVENTS_GRID_SOURCE]: emptySource,
      [EVENTS_STACKS_SOURCE]: emptySource,
      [EVENT_PLACES_SOURCE]: emptySource,
      [RECORD_PLACES_SOURCE]: emptySource,
    },
    // One shader program per layer type: see sharedPrograms.ts.
    layers: sharePrograms(styleLayers(inputs.lang ?? BASE_LANG)),
  };
}
