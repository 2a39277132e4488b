import { GLYPHS_DIR, LABEL_FONT_STACKS } from '../../model/labelGlyphs.js';

/** The font stacks the label layers name; scripts/glyphs draws a glyph set for each. */
export const [{ name: FONT_REGULAR }, { name: FONT_BOLD }] = LABEL_FONT_STACKS;

/**
 * The style's `glyphs` URL. The placeholders are appended after resolving, because URL resolution
 * would percent-encode their braces and MapLibre would no longer find them.
 */
export function glyphsUrl(resolveUrl: (p: string) => string, wrap: (resolved: string) => string = (u) => u): string {
  return wrap(`${resolveUrl(`${GLYPHS_DIR}/`)}{fontstack}/{range}.pbf`);
}
