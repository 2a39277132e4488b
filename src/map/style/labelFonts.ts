/** The font stacks the label layers name; scripts/glyphs/config.mjs draws a glyph set for each. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/** Where the glyph ranges lie under the app's root (scripts/glyphs writes them to public/glyphs). */
export const GLYPHS_DIR = 'glyphs/';

/**
 * The style's `glyphs` URL. The placeholders are appended after resolving, because URL resolution
 * would percent-encode their braces and MapLibre would no longer find them.
 */
export function glyphsUrl(resolveUrl: (p: string) => string, wrap: (resolved: string) => string = (u) => u): string {
  return wrap(`${resolveUrl(GLYPHS_DIR)}{fontstack}/{range}.pbf`);
}
