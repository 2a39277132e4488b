import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle, styleLayers } from '../../../src/map/style/buildStyle';
import { bindingOf, DATA_DRIVEN_PAINT, rebind, sharePrograms, targetBinding } from '../../../src/map/style/sharedPrograms';
import { CATEGORIES } from '../../../src/model/category';
import { LANGS } from '../../../src/model/languages';

type Evaluable = { evaluate: (globals: { zoom: number }, feature: never, state: object) => unknown };
type PropertySpec = { 'property-type': string; default?: unknown; type: string };
const spec = latest as unknown as Record<string, Record<string, PropertySpec>>;
const paintSpec = (type: string): Record<string, PropertySpec> => spec[`paint_${type}`] ?? {};

/** MapLibre's binding of one paint value, from the style spec's own parser (constant and camera are uniforms). */
function specBinding(type: string, property: string, value: unknown): string {
  const propertySpec = paintSpec(type)[property];
  if (value === undefined) return 'u';
  const parsed = createPropertyExpression(
    Array.isArray(value) && typeof value[0] === 'string' ? value : ['literal', value],
    'paint',
    propertySpec as never,
  );
  if (parsed.result === 'error') throw new Error(`${type} ${property}: ${JSON.stringify(parsed.value)}`);
  const kind = (parsed.value as { kind: string }).kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}

/**
 * The key MapLibre's program cache files a layer's shader under (ProgramConfiguration.cacheKey):
 * its type, and how each data-driven paint property is bound. Text and icons are drawn by
 * separate programs, so a symbol layer has one key for each.
 */
function programKeys(layer: LayerSpecification): string[] {
  if (!DATA_DRIVEN_PAINT[layer.type]) return [];
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  const key = (prefix: string) =>
    Object.entries(paintSpec(layer.type))
      .filter(([p, s]) => p.startsWith(prefix) && s['property-type'] === 'data-driven')
      .map(([p]) => `${p}:${specBinding(layer.type, p, paint?.[p])}`)
      .sort()
      .join(' ');
  return layer.type === 'symbol' ? [`text ${key('text-')}`, `icon ${key('icon-')}`] : [`${layer.type} ${key(layer.type)}`];
}

describe('the table of data-driven paint properties', () => {
  it("lists every data-driven paint property of each layer type the style draws, with the spec's default", () => {
    for (const [type, properties] of Object.entries(DATA_DRIVEN_PAINT)) {
      const fromSpec = Object.entries(paintSpec(type)).filter(([, s]) => s['property-type'] === 'data-driven');
      expect(Object.keys(properties).sort(), type).toEqual(fromSpec.map(([p]) => p).sort());
      for (const [property, s] of fromSpec) {
        // fill-outline-color has no default: unset, it is the fill colour (handled apart).
        if (property !== 'fill-outline-color') expect(properties[property], property).toEqual(s.default);
      }
    }
  });
});

describe('rebind', () => {
  it('agrees with the style spec on how each value is bound, before and after', () => {
    const cases: Array<[string, unknown]> = [
      ['circle-radius', 5],
      ['circle-radius', ['interpolate', ['linear'], ['zoom'], 6, 2, 12, 8]],
      ['circle-radius', ['coalesce', ['get', 'radius'], 6]],
      ['circle-radius', ['interpolate', ['linear'], ['zoom'], 6, ['get', 'r'], 12, 8]],
      ['circle-color', '#123456'],
      ['circle-opacity', ['step', ['zoom'], 0, 8, 1]],
      ['circle-opacity', ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0]],
    ];
    const letter = { uniform: 'u', feature: 'a', 'feature-zoom': 'z' } as const;
    for (const [property, value] of cases) {
      expect(letter[bindingOf(value)], JSON.stringify(value)).toBe(specBinding('circle', property, value));
      for (const to of ['feature', 'feature-zoom'] as const) {
        if (to === 'feature' && bindingOf(value) !== 'uniform' && bindingOf(value) !== 'feature') continue;
        if (to === 'feature' && JSON.stringify(value).includes('zoom')) continue;
        expect(specBinding('circle', property, rebind(value, to)), `${JSON.stringify(value)} → ${to}`).toBe(letter[to]);
      }
    }
  });

  it('refuses what it cannot rebind rather than drawing something else', () => {
    expect(() => rebind(['interpolate', ['linear'], ['zoom'], 6, 2, 12, 8], 'feature')).toThrow(/zoom/);
  });

  it('picks the binding every layer can share', () => {
    expect(targetBinding([1, 2])).toBe('uniform');
    expect(targetBinding([1, ['get', 'x']])).toBe('feature');
    expect(
      targetBinding([
        ['interpolate', ['linear'], ['zoom'], 1, 1, 2, 2],
        ['get', 'x'],
      ]),
    ).toBe('feature-zoom');
  });
});

describe('the built style', () => {
  const style = buildStyle({ resolveUrl: (p) => p });

  it('needs one shader program per layer type (and one for text, one for icons)', () => {
    const byType = new Map<string, Set<string>>();
    for (const layer of style.layers) {
      for (const key of programKeys(layer)) {
        const kind = key.split(' ')[0] ?? '';
        if (!byType.has(kind)) byType.set(kind, new Set());
        byType.get(kind)?.add(key);
      }
    }
    for (const [kind, keys] of byType) expect([...keys], kind).toHaveLength(1);
    // The same style before sharing needed several: the test can tell.
    const before = new Set(styleLayers('en').flatMap(programKeys));
    expect(before.size).toBeGreaterThan(byType.size);
  });

  /*
   * Sharing changes how values reach the shader, never the values: each rewritten property is
   * evaluated before and after, over the features of its source, several feature-states and zooms.
   */
  it('draws every feature of every layer exactly as the layers were written, in every language', () => {
    const geoDir = join(__dirname, '../../../public/geo');
    const geoFeatures: Record<string, Array<{ properties: Record<string, unknown>; id?: unknown }>> = {};
    for (const file of readdirSync(geoDir).filter((f) => f.endsWith('.geojson'))) {
      const collection = JSON.parse(readFileSync(join(geoDir, file), 'utf8'));
      geoFeatures[file.replace('.geojson', '')] = collection.features;
    }
    const eventLike: Array<{ properties: Record<string, unknown>; id?: unknown }> = CATEGORIES.map((category, i) => ({
      properties: { id: `e${i}`, category, radius: 6 + i, count: i },
    }));
    const states = [
      {},
      { shown: true, recent: true, selected: true, highlight: true, count: 3, status: 'open', stale: false },
      { shown: true, recent: false, selected: false, count: 1, status: 'closed', stale: true },
    ];
    const zooms = [4, 5.5, 6, 7, 8.25, 9, 10, 12, 14];
    let compared = 0;
    for (const lang of LANGS) {
      const raw = styleLayers(lang);
      const shared = sharePrograms(raw);
      raw.forEach((before, i) => {
        const after = shared[i] as LayerSpecification;
        if (before === after) return;
        const source = 'source' in before ? String(before.source) : '';
        const features = geoFeatures[source] ?? eventLike;
        const paintBefore = ('paint' in before ? before.paint : {}) as Record<string, unknown>;
        const paintAfter = ('paint' in after ? after.paint : {}) as Record<string, unknown>;
        for (const property of Object.keys(paintAfter)) {
          if (JSON.stringify(paintAfter[property]) === JSON.stringify(paintBefore[property])) continue;
          const propertySpec = paintSpec(before.type)[property] as never;
          const original =
            paintBefore[property] ??
            (property === 'fill-outline-color' ? paintBefore['fill-color'] : undefined) ??
            paintSpec(before.type)[property]?.default;
          const a = createPropertyExpression(Array.isArray(original) ? original : ['literal', original], 'paint', propertySpec);
          const b = createPropertyExpression(paintAfter[property], 'paint', propertySpec);
          if (a.result === 'error' || b.result === 'error') throw new Error(`${before.id} ${property} does not parse`);
          for (const feature of features.slice(0, 40)) {
            for (const state of states) {
              for (const zoom of zooms) {
                const f = { type: 'Point', properties: feature.properties, id: feature.id } as never;
                const x = String((a.value as Evaluable).evaluate({ zoom }, f, state));
                const y = String((b.value as Evaluable).evaluate({ zoom }, f, state));
                expect(y, `${before.id} ${property} at z${zoom}`).toBe(x);
                compared++;
              }
            }
          }
        }
      });
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
