import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { FONT_BOLD, FONT_REGULAR } from '../../../src/map/style/labelFonts';
import { indexLayers } from '../../../src/map/style/layerTags';
import { LANGS } from '../../../src/model/languages';
import { LAYER_GROUPS } from '../../../src/model/layerGroup';

const style = buildStyle({ resolveUrl: (p) => p });

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('buildStyle', () => {
  it('starts from the overview outlines only when asked, and only for the layers that have one', () => {
    const data = (overview: boolean) =>
      Object.fromEntries(
        Object.entries(buildStyle({ resolveUrl: (p) => `app:${p}`, overview }).sources).map(([id, s]) => [
          id,
          'data' in s ? s.data : null,
        ]),
      );
    expect(data(true).countries).toBe('app:geo/overview/countries.geojson');
    expect(data(true).border).toBe('app:geo/overview/border.geojson');
    expect(data(true).towns).toBe('app:geo/towns.geojson');
    expect(data(true).water).toBe('app:geo/water.geojson');
    expect(data(false).countries).toBe('app:geo/countries.geojson');
    expect(style.sources.countries && 'data' in style.sources.countries ? style.sources.countries.data : null).toBe(
      'geo/countries.geojson',
    );
  });

  // The map is created with `validateStyle: false` (MapController): this is the check instead, for
  // every interface language and both first-load choices, as MapLibre itself would run it.
  it.each(LANGS)('is a valid MapLibre style in %s, from the overview outlines or the full ones', (lang) => {
    for (const overview of [true, false]) {
      expect(validateStyleMin(buildStyle({ resolveUrl: (p) => `https://app.test/${p}`, lang, overview }))).toEqual([]);
    }
  });

  it('contains no remote URL anywhere: no style, tiles, sprite or glyph server', () => {
    const remote = allStrings(style).filter((s) => /^(https?:)?\/\//i.test(s) || /https?:/i.test(s));
    expect(remote).toEqual([]);
    expect(style.sprite).toBeUndefined();
    // Glyphs are the app's own files (scripts/glyphs), resolved like the geo files.
    expect(style.glyphs).toBe('glyphs/{fontstack}/{range}.pbf');
  });

  it('routes every fetched path through resolveUrl', () => {
    const seen: string[] = [];
    buildStyle({
      resolveUrl: (p) => {
        seen.push(p);
        return `app:${p}`;
      },
    });
    expect(seen).toContain('geo/border.geojson');
    expect(seen).toContain('glyphs/');
    const remoteAfterResolve = allStrings(buildStyle({ resolveUrl: (p) => `app:${p}` })).filter(
      (s) => s.includes('.geojson') || s.includes('.pbf'),
    );
    expect(remoteAfterResolve.every((s) => s.startsWith('app:'))).toBe(true);
  });

  it("leaves out a fill's antialiasing outline exactly where a line layer of its source draws the edge above it", () => {
    // The outline is a second draw of every edge (a quarter of a software-WebGL frame); only a line
    // layer over the same shapes, shown whenever the fill is, may stand in for it.
    const layers = style.layers;
    const edgeLine = (fillIndex: number) => {
      const fill = layers[fillIndex] as FillLayerSpecification;
      return layers
        .slice(fillIndex + 1)
        .some(
          (l) =>
            l.type === 'line' &&
            l.source === fill.source &&
            JSON.stringify(l.filter ?? null) === JSON.stringify(fill.filter ?? null) &&
            (l.minzoom ?? 0) <= (fill.minzoom ?? 0) &&
            (l.maxzoom ?? 24) >= (fill.maxzoom ?? 24) &&
            JSON.stringify(l.metadata ?? null) === JSON.stringify(fill.metadata ?? null),
        );
    };
    const fills = layers.flatMap((l, i) => (l.type === 'fill' ? [{ id: l.id, i, antialias: l.paint?.['fill-antialias'] }] : []));
    for (const { id, i, antialias } of fills) expect([id, antialias === false]).toEqual([id, edgeLine(i)]);
    expect(fills.filter((f) => f.antialias === false).map((f) => f.id)).toEqual(
      expect.arrayContaining(['countries-fill', 'batken-fill', 'sughd-fill', 'enclaves-fill']),
    );
    // The water keeps its own: that outline is the shoreline, in a darker blue.
    expect(fills.find((f) => f.id === 'water-fill')?.antialias).toBeUndefined();
  });

  it('gives every layer a source that exists', () => {
    const sources = Object.keys(style.sources);
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      expect(sources, `layer ${layer.id}`).toContain(layer.source);
    }
  });

  it('reads glyphs from the app itself and labels only with the font stacks it ships', () => {
    // The placeholders survive resolving: a percent-encoded brace would never be filled in.
    expect(buildStyle({ resolveUrl: (p) => `https://app.test/sub/${p}` }).glyphs).toBe(
      'https://app.test/sub/glyphs/{fontstack}/{range}.pbf',
    );
    expect(style['font-faces']).toBeUndefined();
    for (const layer of style.layers) {
      if (layer.type !== 'symbol' || layer.layout?.['text-field'] === undefined) continue;
      const font = layer.layout?.['text-font'];
      expect([[FONT_REGULAR], [FONT_BOLD]], `layer ${layer.id}`).toContainEqual(font);
    }
  });

  it('tags layers for every group the layers panel toggles, and the name labels, markers and clickable layers', () => {
    const index = indexLayers(style.layers);
    for (const group of LAYER_GROUPS) expect(index.groups[group].length, group).toBeGreaterThan(0);
    // The basemap (land, water, rivers, borders and their names) belongs to no group: it is always shown.
    const grouped = new Set(Object.values(index.groups).flat());
    expect(style.layers.filter((l) => !grouped.has(l.id)).map((l) => l.id)).toEqual([
      'background',
      'countries-fill',
      'water-fill',
      'rivers-line',
      'canals-line',
      'countries-outline',
      'border-casing',
      'border-line',
      'countries-label',
      'rivers-label',
      'water-label',
      'water-label-5',
    ]);
    for (const id of index.nameLabels) {
      const layer = style.layers.find((l) => l.id === id);
      expect(layer?.type, id).toBe('symbol');
      expect(JSON.stringify(layer?.layout?.['text-field' as never]), id).toContain('name_en');
    }
    expect(index.markers).toEqual(['events-halo', 'events-circle', 'events-selected']);
    expect(index.eventClick).toEqual(['events-circle']);
    expect(index.cellClick).toEqual(['events-grid-circle']);
    expect(index.stackClick).toEqual(['events-stack-badge']);
    expect(index.checkpointClick).toEqual(['checkpoints-symbol']);
  });
});
