/**
 * The map's label fonts: the font stacks the label layers name, the weight each is drawn from,
 * and the folder under the app's root that holds their glyph ranges. A plain ES module rather than
 * TypeScript so the glyph build (scripts/glyphs) writes exactly the files the style asks for
 * without a build step; TypeScript takes the literal types from the const assertion.
 */
export const LABEL_FONT_STACKS = /** @type {const} */ ([
  { name: 'Noto Sans Regular', weight: 400 },
  { name: 'Noto Sans Bold', weight: 700 },
]);

/** Where the glyph ranges lie, `<dir>/<font stack>/<start>-<end>.pbf` (public/glyphs in the repo). */
export const GLYPHS_DIR = 'glyphs';

/**
 * The name of the glyph range that holds a code point, as MapLibre fills in `{range}`: ranges of
 * 256 code points, "0-255", "256-511"…
 * @param {number} codePoint
 * @returns {string}
 */
export function glyphRange(codePoint) {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
}
