import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteProperties, resolveCustomMedia } from '../../../src/model/cssVariables';

const SRC = join(__dirname, '../../../src');
const MAX_LINES = 300;

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.css'))
  .sort()
  .map((f) => ({ name: relative(SRC, join(SRC, f)), text: readFileSync(join(SRC, f), 'utf8') }));

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Hex colours and rgb()/rgba() channels in declaration values, as six-digit lower-case hex without alpha. */
function literalColours(css: string): { literal: string; hex: string }[] {
  const values = [...withoutComments(css).matchAll(/:([^;{}]+)[;}]/g)].map((m) => m[1] as string);
  return values.flatMap((value) => [
    ...[...value.matchAll(/#([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi)].map((m) => {
      const digits = (m[1] as string).toLowerCase();
      const long = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
      return { literal: m[0], hex: `#${long.slice(0, 6)}` };
    }),
    ...[...value.matchAll(/rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)[^)]*\)/gi)].map((m) => ({
      literal: m[0],
      hex: `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`,
    })),
  ]);
}

// White and black are the page's paper and ink, not choices of the palette, whose white is the map's casing.
const NEUTRAL = new Set(['#ffffff', '#000000']);
const PALETTE = new Map(
  paletteProperties()
    .filter(([, colour]) => !NEUTRAL.has(colour.toLowerCase()))
    .map(([property, colour]) => [colour.toLowerCase(), property]),
);

describe('stylesheets', () => {
  it('are found', () => {
    expect(files.map((f) => f.name)).toContain('app.css');
  });

  it('take palette colours from the palette, not as literals', () => {
    const repeated = files.flatMap(({ name, text }) =>
      literalColours(text)
        .filter(({ hex }) => PALETTE.has(hex))
        .map(({ literal, hex }) => `${name}: ${literal} is var(${PALETTE.get(hex)})`),
    );
    expect(repeated).toEqual([]);
  });

  it('name the breakpoint (--narrow) in every width query', () => {
    const preludes = files.flatMap(({ name, text }) =>
      [...withoutComments(text).matchAll(/@media([^{]*)\{/g)].map((m) => ({ name, prelude: (m[1] as string).trim() })),
    );
    expect(preludes.some((p) => p.prelude.includes('(--narrow)'))).toBe(true);
    const literal = preludes.filter((p) => /width|height|\d(px|r?em)\b/.test(p.prelude));
    expect(literal.map((p) => `${p.name}: @media ${p.prelude}`)).toEqual([]);
    for (const { text } of files) expect(() => resolveCustomMedia(text)).not.toThrow();
  });

  it('use only custom properties that are declared', () => {
    const declared = new Set([
      ...paletteProperties().map(([property]) => property),
      ...files.flatMap(({ text }) => [...withoutComments(text).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    ]);
    const unknown = files.flatMap(({ name, text }) =>
      [...withoutComments(text).matchAll(/var\(\s*(--[\w-]+)/g)]
        .filter((m) => !declared.has(m[1] as string))
        .map((m) => `${name}: ${m[1]}`),
    );
    expect(unknown).toEqual([]);
  });

  it(`stay under ${MAX_LINES} lines each`, () => {
    const long = files.filter((f) => f.text.split('\n').length > MAX_LINES).map((f) => f.name);
    expect(long).toEqual([]);
  });
});

describe('literalColours', () => {
  it('finds hex and rgb colours in values, not ids in selectors', () => {
    const found = literalColours(
      '#add-button, #root { color: #C0392B; border: 1px solid #fff; background: rgba(192, 57, 43, 0.35) }',
    );
    expect(found.map((c) => c.hex)).toEqual(['#c0392b', '#ffffff', '#c0392b']);
  });
});
