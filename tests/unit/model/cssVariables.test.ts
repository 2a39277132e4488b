import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryColorVar } from '../../../src/model/category';
import { paletteCss, paletteProperties, resolveCustomMedia } from '../../../src/model/cssVariables';
import { NARROW_QUERY } from '../../../src/model/layout';
import { CATEGORY_COLORS, MAP_COLORS, STATUS_COLORS } from '../../../src/model/palette';

/** The declarations of a `:root { … }` block, as property → value. */
function declarations(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

describe('paletteCss', () => {
  const css = paletteCss();
  const declared = declarations(css);

  it('is one :root rule', () => {
    expect(css).toMatch(/^:root \{\n[^{}]*\}\n$/);
  });

  it('declares every palette colour once, under the name CSS uses', () => {
    for (const c of CATEGORIES) expect(declared.get(categoryColorVar(c))).toBe(CATEGORY_COLORS[c]);
    for (const [name, colour] of Object.entries(STATUS_COLORS)) expect(declared.get(`--status-${name}`)).toBe(colour);
    expect(declared.get('--map-imported')).toBe(MAP_COLORS.imported);
    expect(declared.get('--map-border')).toBe(MAP_COLORS.border);
    expect(declared.get('--map-tj-enclave')).toBe(MAP_COLORS.tjEnclave);
    expect(declared.get('--map-border-casing')).toBe(MAP_COLORS.borderCasing);
    const count = CATEGORIES.length + Object.keys(STATUS_COLORS).length + Object.keys(MAP_COLORS).length;
    expect(declared.size).toBe(count);
    expect(paletteProperties()).toHaveLength(count);
  });
});

describe('resolveCustomMedia', () => {
  it('writes the narrow query into @media preludes', () => {
    const css = '@media (--narrow) {\n  .a {\n    color: red;\n  }\n}\n@media print and (--narrow) { .b { top: 0 } }';
    expect(resolveCustomMedia(css)).toBe(
      `@media ${NARROW_QUERY} {\n  .a {\n    color: red;\n  }\n}\n@media print and ${NARROW_QUERY} { .b { top: 0 } }`,
    );
    expect(NARROW_QUERY).toBe('(max-width: 720px)');
  });

  it('leaves custom properties and other queries alone', () => {
    const css = '.a { width: var(--narrow); }\n@media (prefers-reduced-motion: reduce) { .b { color: var(--map-border); } }';
    expect(resolveCustomMedia(css)).toBe(css);
  });

  it('refuses an unknown name rather than leave a query that never matches', () => {
    expect(() => resolveCustomMedia('@media (--narow) { .a { top: 0 } }')).toThrow(/--narow/);
  });
});
