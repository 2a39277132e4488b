import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, FONT_BOLD, FONT_REGULAR, type FontFileSet } from '../../../src/map/buildStyle';
import { LAYER_GROUPS } from '../../../src/map/layerIds';

const fonts: FontFileSet = {
  regular: [{ url: '/assets/noto-regular.woff2', range: 'U+0000-00FF' }],
  bold: [{ url: '/assets/noto-bold.woff2', range: 'U+0000-00FF,U+0400-045F' }],
};
const style = buildStyle({ resolveUrl: (p) => p, fonts });

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('contains no remote URL anywhere: no style, tiles, sprite or glyph server', () => {
    const remote = allStrings(style).filter((s) => /^(https?:)?\/\//i.test(s) || /https?:/i.test(s));
    expect(remote).toEqual([]);
    expect(style.sprite).toBeUndefined();
    expect(style.glyphs).toBeUndefined();
  });

  it('routes every fetched path through resolveUrl', () => {
    const seen: string[] = [];
    buildStyle({
      resolveUrl: (p) => {
        seen.push(p);
        return `app:${p}`;
      },
      fonts,
    });
    expect(seen).toContain('geo/border.geojson');
    expect(seen).toContain('/assets/noto-regular.woff2');
    const remoteAfterResolve = allStrings(buildStyle({ resolveUrl: (p) => `app:${p}`, fonts })).filter(
      (s) => s.includes('.geojson') || s.includes('.woff2'),
    );
    expect(remoteAfterResolve.every((s) => s.startsWith('app:'))).toBe(true);
  });

  it('gives every layer a source that exists', () => {
    const sources = Object.keys(style.sources);
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      expect(sources, `layer ${layer.id}`).toContain(layer.source);
    }
  });

  it('declares the bundled fonts and only uses declared fonts for labels', () => {
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([FONT_REGULAR, FONT_BOLD]);
    for (const layer of style.layers) {
      if (layer.type !== 'symbol') continue;
      const font = layer.layout?.['text-font'];
      expect([[FONT_REGULAR], [FONT_BOLD]], `layer ${layer.id}`).toContainEqual(font);
    }
  });

  it('has a style layer for every id the layer groups name', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const [group, layerIds] of Object.entries(LAYER_GROUPS)) {
      for (const id of layerIds) expect(ids.has(id), `${group} → ${id}`).toBe(true);
    }
  });
});
