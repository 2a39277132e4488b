import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expression,
  type FilterSpecification,
  featureFilter,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { indexLayers, tagsOf } from '../../../src/map/style/layerTags';
import { PLACE_BANDS } from '../../../src/map/style/places';
import { GEO_SOURCES } from '../../../src/map/style/sources';
import { ENCLAVE_COLORS, ENCLAVE_OWNERS, MAP_COLORS } from '../../../src/model/palette';

const style = buildStyle({ resolveUrl: (p) => p });
const layer = (id: string): LayerSpecification => {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};
const position = (id: string) => style.layers.findIndex((l) => l.id === id);

type Props = Record<string, unknown>;
/** Evaluates one paint or layout value of a layer for a feature at a zoom, as MapLibre would. */
function evaluate(id: string, part: 'paint' | 'layout', property: string, zoom: number, properties: Props, geometry = 'Point') {
  const l = layer(id);
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`${part}_${l.type}`]?.[property];
  if (!spec) throw new Error(`no spec for ${part} ${property}`);
  const value = (l as unknown as Record<string, Record<string, unknown> | undefined>)[part]?.[property];
  const parsed = expression.createPropertyExpression(value, property, spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: geometry as 'Point', properties });
}
function passes(id: string, zoom: number, properties: Props, geometry = 'Point'): boolean {
  const filter = featureFilter((layer(id) as { filter?: FilterSpecification }).filter, 'filter');
  return filter.filter({ zoom }, { type: geometry as 'Point', properties });
}
const hex = (colour: unknown) => {
  const c = colour as { r: number; g: number; b: number };
  return `#${[c.r, c.g, c.b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

describe('the cartography', () => {
  it('declares the new geo files as sources', () => {
    for (const id of ['labels', 'villages', 'rivers'] as const) {
      expect(style.sources[id]).toMatchObject({ type: 'geojson', data: GEO_SOURCES[id] });
    }
  });

  it('tags every layer that draws a name, so it follows the language', () => {
    const index = indexLayers(style.layers);
    const named = style.layers.filter(
      (l) => l.type === 'symbol' && JSON.stringify(l.layout?.['text-field'] ?? '').includes('name_en'),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.map((l) => l.id).filter((id) => !index.nameLabels.includes(id))).toEqual([]);
    for (const id of ['countries-label', 'batken-label', 'sughd-label', 'enclaves-label', 'water-label', 'rivers-label']) {
      expect(index.nameLabels, id).toContain(id);
    }
    for (const band of PLACE_BANDS) expect(index.nameLabels, band.id).toContain(band.id);
  });

  it('names each region and enclave once, from labels.geojson, not from its polygon (which repeats per tile)', () => {
    const areaSources = new Set(['batken', 'sughd', 'enclaves', 'countries', 'water']);
    const polygonLabels = style.layers.filter((l) => l.type === 'symbol' && areaSources.has(l.source));
    expect(polygonLabels.map((l) => l.id)).toEqual([]);
    expect(passes('batken-label', 7, { kind: 'region', target: 'region-batken' })).toBe(true);
    expect(passes('batken-label', 7, { kind: 'region', target: 'region-sughd' })).toBe(false);
    expect(passes('sughd-label', 7, { kind: 'region', target: 'region-sughd' })).toBe(true);
    expect(passes('enclaves-label', 8, { kind: 'enclave', target: 'enclave-vorukh' })).toBe(true);
    expect(passes('countries-label', 5, { kind: 'country', iso2: 'KG' })).toBe(true);
    // The three countries are named inside the first view's frame once zoomed in, at their centre before.
    expect(passes('countries-label', 7, { kind: 'country', iso2: 'KG' })).toBe(false);
    expect(passes('countries-label', 7, { kind: 'country', iso2: 'KG', scope: 'local' })).toBe(true);
    expect(passes('countries-label', 5, { kind: 'country', iso2: 'KG', scope: 'local' })).toBe(false);
    expect(passes('countries-label', 7, { kind: 'country', iso2: 'KZ' })).toBe(true);
    expect(passes('countries-label', 5, { kind: 'region' })).toBe(false);
    // A point may carry its own zoom range: one for the wide view, one for the first view's frame.
    expect(passes('countries-label', 5, { kind: 'country', iso2: 'CN', maxzoom: 6 })).toBe(true);
    expect(passes('countries-label', 7, { kind: 'country', iso2: 'CN', maxzoom: 6 })).toBe(false);
    expect(passes('sughd-label', 5, { kind: 'region', target: 'region-sughd', minzoom: 6 })).toBe(false);
    expect(passes('sughd-label', 7, { kind: 'region', target: 'region-sughd', minzoom: 6 })).toBe(true);
  });

  it('shows country and region names at the first view (about zoom 7)', () => {
    for (const id of ['countries-label', 'batken-label', 'sughd-label']) {
      const l = layer(id);
      expect(l.minzoom ?? 0, id).toBeLessThanOrEqual(6);
      expect(l.maxzoom ?? 24, id).toBeGreaterThan(9);
    }
  });

  it('colours an enclave by the country that holds it, on the map as in the key', () => {
    const fills = ENCLAVE_OWNERS.map((owner) => hex(evaluate('enclaves-fill', 'paint', 'fill-color', 10, { owner }, 'Polygon')));
    expect(fills).toEqual(ENCLAVE_OWNERS.map((o) => ENCLAVE_COLORS[o].fill));
    expect(new Set(fills).size).toBe(3);
    const lines = ENCLAVE_OWNERS.map((owner) => hex(evaluate('enclaves-outline', 'paint', 'line-color', 10, { owner })));
    expect(lines).toEqual(ENCLAVE_OWNERS.map((o) => ENCLAVE_COLORS[o].line));
    // Opaque at every zoom: a see-through fill took on the grey beneath it when zoomed in.
    expect(layer('enclaves-fill').paint).not.toHaveProperty('fill-opacity');
    expect(hex(evaluate('enclaves-point', 'paint', 'circle-color', 10, { owner: 'TJ' }))).toBe(ENCLAVE_COLORS.TJ.fill);
    // The Tajik enclaves in the Sughd green family, the Kyrgyz one in the Batken peach family.
    const greenness = (c: string) => Number.parseInt(c.slice(3, 5), 16) - Number.parseInt(c.slice(1, 3), 16);
    expect(greenness(ENCLAVE_COLORS.TJ.fill)).toBeGreaterThan(0);
    expect(greenness(ENCLAVE_COLORS.KG.fill)).toBeLessThan(0);
  });

  it('gives the three countries their own fills and the rest neutral ones', () => {
    const fill = (iso2: string) => hex(evaluate('countries-fill', 'paint', 'fill-color', 6, { iso2 }, 'Polygon'));
    expect(new Set(['KG', 'TJ', 'UZ'].map(fill)).size).toBe(3);
    // Neighbours outside the three never share a tone.
    const touching = [
      ['KZ', 'CN'],
      ['KZ', 'RU'],
      ['KZ', 'TM'],
      ['AF', 'TM'],
      ['AF', 'CN'],
      ['AF', 'PK'],
      ['AF', 'IR'],
      ['PK', 'CN'],
      ['PK', 'IN'],
      ['IN', 'CN'],
      ['IR', 'TM'],
    ];
    for (const [a = '', b = ''] of touching) expect(fill(a), `${a}–${b}`).not.toBe(fill(b));
    expect([MAP_COLORS.land, MAP_COLORS.landAlt, MAP_COLORS.landThird]).toContain(fill('AF'));
    expect(fill('KG')).not.toBe(MAP_COLORS.background);
  });

  it('names places of a higher rank from a lower zoom, and gives them priority in collisions', () => {
    for (const source of ['towns', 'villages'] as const) {
      const bands = PLACE_BANDS.filter((b) => b.source === source).sort((a, b) => a.rank - b.rank);
      for (let i = 1; i < bands.length; i++) {
        const [prev, next] = [bands[i - 1], bands[i]];
        if (!prev || !next) continue;
        expect(next.minzoom, next.id).toBeGreaterThanOrEqual(prev.minzoom);
        // MapLibre places the upper layer's labels first.
        expect(position(next.id), next.id).toBeLessThan(position(prev.id));
      }
    }
    const townsFrom = (rank: number) => PLACE_BANDS.find((b) => b.source === 'towns' && b.rank === rank)?.minzoom;
    // The first view (zoom ≈ 6.9 with the side pane) names towns of rank 3: Ghafurov, Guliston, Isfara.
    expect(townsFrom(3)).toBeLessThanOrEqual(6.9);
    expect(townsFrom(4)).toBeGreaterThan(6.9);
    const lastVillage = Math.max(...PLACE_BANDS.filter((b) => b.source === 'villages').map((b) => b.minzoom));
    expect(lastVillage).toBeGreaterThan(townsFrom(4) ?? 0);
    // Regions are placed before any town; country names take no part in collisions, under every other name.
    expect(position('batken-label')).toBeGreaterThan(position('capitals-label'));
    const countries = layer('countries-label') as { layout?: Record<string, unknown> };
    expect(countries.layout?.['text-allow-overlap']).toBe(true);
    expect(countries.layout?.['text-ignore-placement']).toBe(true);
    const others = ['rivers-label', 'water-label', 'villages-label-5', 'enclaves-label', 'towns-label', 'batken-label'];
    expect(position('countries-label')).toBeLessThan(Math.min(...others.map(position)));
  });

  it('sorts a rank’s labels so places of the border area come first', () => {
    const key = (coords: [number, number], population: number) => {
      const l = layer('towns-label');
      const spec = latest.layout_symbol['symbol-sort-key'] as unknown as StylePropertySpecification;
      const parsed = expression.createPropertyExpression(l.layout?.['symbol-sort-key' as never], 'symbol-sort-key', spec);
      if (parsed.result !== 'success') throw new Error('bad sort key');
      // `within` needs tile coordinates: a z0 tile, with the point in its 8192 extent.
      const [lon, lat] = coords;
      const x = ((lon + 180) / 360) * 8192;
      const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 8192;
      return parsed.value.evaluate(
        { zoom: 7 },
        { type: 1, properties: { rank: 2, population }, geometry: [[{ x, y }]] } as never,
        undefined,
        { z: 0, x: 0, y: 0 } as never,
      ) as number;
    };
    // Kanibadam (border area) against Tashkent-sized Namangan outside it: the border town sorts first.
    expect(key([70.43, 40.29], 211_100)).toBeLessThan(key([71.67, 41.0], 600_000));
    // And, inside or outside, the more populous first.
    expect(key([70.43, 40.29], 300_000)).toBeLessThan(key([70.43, 40.29], 211_100));
    expect(key([71.67, 41.0], 600_000) - key([70.43, 40.29], 600_000)).toBeCloseTo(0.5);
  });

  it('shows a town’s dot from the zoom its name appears', () => {
    const opacity = (zoom: number, rank: number) => evaluate('towns-circle', 'paint', 'circle-opacity', zoom, { rank });
    expect(opacity(5, 2)).toBe(1);
    expect(opacity(5, 3)).toBe(0);
    expect(opacity(7, 3)).toBe(1);
    expect(opacity(7, 4)).toBe(0);
    expect(opacity(9.5, 4)).toBe(1);
    expect(passes('towns-circle', 7, { rank: 1, capital: 'country' })).toBe(false);
    expect(passes('capitals-icon', 7, { rank: 1, capital: 'country' })).toBe(true);
  });

  it('draws rivers solid and canals dashed, named along the line', () => {
    expect(passes('rivers-line', 8, { kind: 'river', rank: 1 }, 'LineString')).toBe(true);
    expect(passes('rivers-line', 8, { kind: 'canal', rank: 2 }, 'LineString')).toBe(false);
    expect(passes('canals-line', 8, { kind: 'canal', rank: 2 }, 'LineString')).toBe(true);
    expect(layer('canals-line').paint).toHaveProperty('line-dasharray');
    expect(layer('rivers-line').paint).not.toHaveProperty('line-dasharray');
    const width = (zoom: number, rank: number) => evaluate('rivers-line', 'paint', 'line-width', zoom, { rank }) as number;
    expect(width(9, 1)).toBeGreaterThan(width(9, 3));
    expect(width(12, 2)).toBeGreaterThan(width(7, 2));
    expect(layer('rivers-label').layout?.['symbol-placement' as never]).toBe('line');
    // Coarse centrelines: gone before a close view would show them off their valley.
    expect(evaluate('rivers-line', 'paint', 'line-opacity', 8, {})).toBe(1);
    expect(evaluate('rivers-line', 'paint', 'line-opacity', 12, {})).toBe(0);
    expect(layer('rivers-label').maxzoom).toBeLessThanOrEqual(11);
    expect(passes('rivers-label', 6, { kind: 'river', rank: 1, name_en: 'Syr Darya' }, 'LineString')).toBe(true);
    expect(passes('rivers-label', 6, { kind: 'river', rank: 2, name_en: 'Isfara' }, 'LineString')).toBe(false);
    expect(passes('rivers-label', 9, { kind: 'river', rank: 2, name_en: 'Isfara' }, 'LineString')).toBe(true);
    expect(passes('rivers-label', 9, { kind: 'river', rank: 1 }, 'LineString')).toBe(false);
    expect(tagsOf(layer('rivers-label')).nameLabel).toBe(true);
  });
});

describe('the cartography against the geo files', () => {
  const labels = (
    JSON.parse(readFileSync(path.join(__dirname, '../../../public/geo/labels.geojson'), 'utf8')) as {
      features: { properties: Props }[];
    }
  ).features.map((f) => f.properties);

  it('finds each region’s and country’s label point through the style’s filters', () => {
    for (const id of ['batken-label', 'sughd-label']) {
      expect(
        labels.filter((p) => passes(id, 7, p)),
        id,
      ).toHaveLength(1);
    }
    // At the first view each of the three countries is named once; in the wide view once too.
    for (const zoom of [5, 7]) {
      const named = labels.filter((p) => passes('countries-label', zoom, p)).map((p) => p.iso2);
      for (const iso2 of ['KG', 'TJ', 'UZ'])
        expect(
          named.filter((c) => c === iso2),
          `${iso2} at ${zoom}`,
        ).toHaveLength(1);
    }
    expect(labels.filter((p) => passes('enclaves-label', 8, p)).length).toBeGreaterThanOrEqual(6);
    for (const p of labels.filter((l) => l.kind === 'enclave')) expect(ENCLAVE_OWNERS, String(p.target)).toContain(p.owner);
  });
});
