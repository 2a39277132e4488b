import { NOTO_SANS_FILES } from './fontFiles';

/**
 * The briefing's own family, from the same bundled Noto Sans subset files the map's labels use
 * (latin, latin-ext for Uzbek's ʻ, cyrillic, cyrillic-ext for Kyrgyz ң ө ү and Tajik ӣ ӯ ҳ қ ғ ҷ).
 * A name of its own, so the screen's type (system-ui first) and the PNG's are left as they are.
 */
export const PRINT_FONT_FAMILY = 'Noto Sans Print';

/** One letter from each subset: loading for this text fetches every file a briefing may need. */
const EVERY_SUBSET = 'Aa ʻ Ăă Яя ҷӯң';

let added = false;

function addFaces(fonts: FontFaceSet): void {
  for (const [weight, files] of [
    ['400', NOTO_SANS_FILES.regular],
    ['700', NOTO_SANS_FILES.bold],
  ] as const) {
    for (const file of files) {
      const url = new URL(file.url, document.baseURI).href;
      fonts.add(new FontFace(PRINT_FONT_FAMILY, `url("${url}") format("woff2")`, { weight, unicodeRange: file.range }));
    }
  }
}

/**
 * Registers the faces once and loads those that `text` needs (by default one letter of each subset),
 * in both weights. Never rejects: a face that fails to load leaves the fallback, which the print
 * test would see as a font other than Noto Sans in the PDF.
 */
export function loadPrintFonts(text: string = EVERY_SUBSET): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts || typeof FontFace === 'undefined') return Promise.resolve();
  if (!added) {
    addFaces(fonts);
    added = true;
  }
  const sample = text.trim() === '' ? EVERY_SUBSET : text;
  return Promise.all([
    fonts.load(`400 12px "${PRINT_FONT_FAMILY}"`, sample),
    fonts.load(`700 12px "${PRINT_FONT_FAMILY}"`, sample),
  ]).then(
    () => fonts.ready.then(() => undefined),
    () => undefined,
  );
}
