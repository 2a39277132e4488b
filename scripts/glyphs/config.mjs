/**
 * What the glyph build makes: signed-distance glyph ranges for the map's two label fonts, from the
 * Noto Sans subset files of @fontsource/noto-sans (the same files the print briefing uses), in
 * MapLibre's `{fontstack}/{start}-{end}.pbf` layout under public/glyphs/.
 */

import { GLYPHS_DIR, LABEL_FONT_STACKS } from '../../src/model/labelGlyphs.js';

/** The folder under public/ the style's `glyphs` URL points at: the app's own definition. */
export const GLYPH_DIR = GLYPHS_DIR;

/** The font stacks the style's `text-font` names, and the weight each is drawn from. */
export const GLYPH_STACKS = LABEL_FONT_STACKS;

/** The @fontsource subsets that carry the map's scripts: Uzbek's ʻ is in latin, Kyrgyz and Tajik letters in cyrillic-ext. */
export const GLYPH_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

/**
 * Ranges of 256 code points are written up to U+21FF (letters, punctuation, № and arrows); a
 * rarer character, say from an imported file, is drawn by MapLibre in the browser instead.
 */
export const GLYPH_LAST_CODE_POINT = 0x21ff;

/**
 * MapLibre's glyph metrics: 24 px glyphs with a 3 px border, distances spread over 8 px, the
 * outline at a quarter of that range (the values its own in-browser drawing uses).
 */
export const GLYPH_SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };

/**
 * TinySDF measures `top` up from the baseline; the glyph format measures it from an origin above
 * the em box. MapLibre aligns its own browser-drawn glyphs by subtracting 27.5 at this size: the
 * build does the same, rounded, so these glyphs sit where the ones they replace sat.
 */
export const GLYPH_TOP_ADJUST = 27;
