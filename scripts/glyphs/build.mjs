/**
 * `npm run data:glyphs`: draws the map's label glyphs once, here, so no reader's browser has to.
 *
 * MapLibre draws glyphs it has no file for with TinySDF on the page's main thread, at twice the
 * size, while the first map waits for them (about 60 ms of a cold load in a profile). This build
 * does the same drawing in headless Chromium, with the same TinySDF and the bundled Noto Sans
 * subset files, and writes MapLibre's glyph range files to public/glyphs/. Generated files: change
 * them by running this script, never by hand.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { glyphRange } from '../../src/model/labelGlyphs.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { GLYPH_DIR, GLYPH_LAST_CODE_POINT, GLYPH_SDF, GLYPH_STACKS, GLYPH_SUBSETS, GLYPH_TOP_ADJUST } from './config.mjs';
import { writeGlyphRange } from './pbf.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const fontsource = path.dirname(require.resolve('@fontsource/noto-sans/package.json'));
const tinySdfSource = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8');

/** The subset files of one weight and their unicode ranges, as @fontsource's stylesheet declares them. */
function subsetFiles(weight) {
  const css = readFileSync(path.join(fontsource, `${weight}.css`), 'utf8');
  const faces = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const subset = file?.replace(`noto-sans-`, '').replace(`-${weight}-normal.woff2`, '');
    if (file && range && subset && GLYPH_SUBSETS.includes(subset)) faces.push({ file, range: range.trim() });
  }
  if (faces.length !== GLYPH_SUBSETS.length)
    throw new Error(`expected ${GLYPH_SUBSETS.length} subsets in ${weight}.css, found ${faces.length}`);
  return faces;
}

/** @param {string} range a CSS unicode-range list */
function codePoints(range) {
  const out = new Set();
  for (const part of range.split(',')) {
    const [a = '0', b] = part.trim().replace(/^U\+/i, '').split('-');
    for (let cp = Number.parseInt(a, 16); cp <= Number.parseInt(b ?? a, 16); cp++) if (cp <= GLYPH_LAST_CODE_POINT) out.add(cp);
  }
  return out;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>glyphs</title>');
  await page.addScriptTag({
    type: 'module',
    content: `${tinySdfSource.replace('export default class', 'window.TinySDF = class')}`,
  });
  await page.waitForFunction(() => typeof window.TinySDF === 'function');

  const outDir = path.join(root, 'public', GLYPH_DIR);
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  for (const stack of GLYPH_STACKS) {
    const faces = subsetFiles(stack.weight);
    const wanted = new Set();
    for (const f of faces) for (const cp of codePoints(f.range)) wanted.add(cp);
    const fonts = faces.map((f) => ({
      bytes: readFileSync(path.join(fontsource, 'files', f.file)).toString('base64'),
      range: f.range,
    }));
    const glyphs = await page.evaluate(
      async ({ fonts, weight, sdf, codes }) => {
        const family = `Glyph Source ${weight}`;
        for (const f of fonts) {
          const bytes = Uint8Array.from(atob(f.bytes), (c) => c.charCodeAt(0));
          const face = new FontFace(family, bytes, { weight: String(weight), unicodeRange: f.range });
          document.fonts.add(face);
          await face.load();
        }
        const drawer = new window.TinySDF({ ...sdf, fontFamily: `"${family}"`, fontWeight: String(weight) });
        return codes.map((cp) => {
          const g = drawer.draw(String.fromCodePoint(cp));
          return {
            cp,
            data: Array.from(g.data),
            w: g.glyphWidth,
            h: g.glyphHeight,
            top: g.glyphTop,
            left: g.glyphLeft,
            advance: g.glyphAdvance,
          };
        });
      },
      { fonts, weight: stack.weight, sdf: GLYPH_SDF, codes: [...wanted].sort((a, b) => a - b) },
    );
    const blocks = new Map();
    for (const g of glyphs) {
      const block = glyphRange(g.cp);
      if (!blocks.has(block)) blocks.set(block, []);
      blocks.get(block).push({
        id: g.cp,
        bitmap: Uint8Array.from(g.w > 0 && g.h > 0 ? g.data : []),
        width: g.w,
        height: g.h,
        left: g.left,
        top: g.top - GLYPH_TOP_ADJUST,
        advance: Math.round(g.advance),
      });
    }
    mkdirSync(path.join(outDir, stack.name), { recursive: true });
    for (const [range, list] of blocks) {
      writeFileSync(path.join(outDir, stack.name, `${range}.pbf`), writeGlyphRange({ name: stack.name, range, glyphs: list }));
      files++;
    }
  }
  console.log(`glyphs: wrote ${files} range files to public/${GLYPH_DIR}/`);
} finally {
  await browser.close();
}
