export interface Glyph {
  /** The code point. */
  id: number;
  /** (width + 2 × GLYPH_BORDER) × (height + 2 × GLYPH_BORDER) signed-distance values, row by row. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}
export interface GlyphRange {
  name: string;
  range: string;
  glyphs: Glyph[];
}
export function writeGlyphRange(stack: GlyphRange): Uint8Array;
export function readGlyphRanges(data: Uint8Array): GlyphRange[];
export const GLYPH_BORDER: number;
