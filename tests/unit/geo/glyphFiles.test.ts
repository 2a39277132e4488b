import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLYPH_DIR, GLYPH_STACKS } from '../../../scripts/glyphs/config.mjs';
import { GLYPH_BORDER, type Glyph, readGlyphRanges, writeGlyphRange } from '../../../scripts/glyphs/pbf.mjs';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { eventFile, ROOT } from '../data/realData';
import { geoLabelNames } from './geoFiles';

const DIR = path.join(ROOT, 'public', GLYPH_DIR);

/** Every glyph of one font stack, by code point, read back from the committed range files. */
function glyphsOf(stack: string): Map<number, Glyph> {
  const out = new Map<number, Glyph>();
  for (const file of readdirSync(path.join(DIR, stack))) {
    const [range] = readGlyphRanges(new Uint8Array(readFileSync(path.join(DIR, stack, file))));
    expect(range?.name, file).toBe(stack);
    expect(`${range?.range}.pbf`, `${stack}/${file}`).toBe(file);
    for (const g of range?.glyphs ?? []) out.set(g.id, g);
  }
  return out;
}

/** Every name the map can label: the geo layers' name fields and the record's places, all languages. */
function labelText(): string {
  const places = eventFile.places.flatMap((p) => Object.values(p.name).filter((v): v is string => typeof v === 'string'));
  return [...geoLabelNames(), ...places, '0123456789 +–…'].join(' ');
}

describe('the glyph ranges made by scripts/glyphs', () => {
  const style = buildStyle({ resolveUrl: (p) => p });
  const stacks = new Set(
    style.layers.flatMap((l) => {
      const font: unknown = l.type === 'symbol' ? l.layout?.['text-font'] : undefined;
      return Array.isArray(font) ? font.filter((f): f is string => typeof f === 'string') : [];
    }),
  );

  it('exist for every font stack the labels name', () => {
    expect([...stacks].sort()).toEqual(GLYPH_STACKS.map((s) => s.name).sort());
    expect(String(style.glyphs)).toBe(`${GLYPH_DIR}/{fontstack}/{range}.pbf`);
  });

  it('hold every letter of every label in every language, in both weights, as well-formed glyphs', () => {
    const text = labelText();
    expect(text).toMatch(/ҷ/);
    expect(text).toMatch(/ʻ/);
    for (const stack of stacks) {
      const glyphs = glyphsOf(stack);
      const missing = [...new Set(text)].filter((ch) => !glyphs.has(ch.codePointAt(0) ?? 0));
      expect(missing, stack).toEqual([]);
      for (const ch of new Set(text)) {
        const g = glyphs.get(ch.codePointAt(0) ?? 0) as Glyph;
        const drawn = g.width > 0 && g.height > 0;
        expect(g.bitmap.length, `${stack} ${ch}`).toBe(drawn ? (g.width + 2 * GLYPH_BORDER) * (g.height + 2 * GLYPH_BORDER) : 0);
        expect(g.advance, `${stack} ${ch}`).toBeGreaterThan(0);
        // A letter of a 24 px font: inside a 24 px em, its top near the line's (MapLibre's metric, negative above).
        if (/\p{L}/u.test(ch)) {
          expect(drawn, `${stack} ${ch}`).toBe(true);
          expect(g.height, `${stack} ${ch}`).toBeLessThanOrEqual(30);
          expect(g.top, `${stack} ${ch}`).toBeGreaterThan(-27);
          expect(g.top, `${stack} ${ch}`).toBeLessThan(0);
        }
      }
    }
  });

  it('draw the bold stack heavier than the regular one', () => {
    const ink = (stack: string) => {
      const g = glyphsOf(stack).get('H'.codePointAt(0) ?? 0) as Glyph;
      return g.bitmap.filter((v) => v > 191).length;
    };
    expect(ink('Noto Sans Bold')).toBeGreaterThan(ink('Noto Sans Regular') * 1.2);
  });

  it('are written and read back by the same format', () => {
    const glyphs: Glyph[] = [
      { id: 65, bitmap: Uint8Array.from({ length: 7 * 8 }, (_, i) => i), width: 1, height: 2, left: -1, top: -20, advance: 300 },
      { id: 32, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -26, advance: 6 },
    ];
    expect(readGlyphRanges(writeGlyphRange({ name: 'Test Stack', range: '0-255', glyphs }))).toEqual([
      { name: 'Test Stack', range: '0-255', glyphs },
    ]);
    expect(() => readGlyphRanges(Uint8Array.from([10, 5, 1]))).toThrow();
  });
});
