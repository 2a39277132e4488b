import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExtBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import type { FontFileSet } from './style/fontFaces';

// Ranges as @fontsource declares them for each subset file.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

/*
 * Labels are drawn from woff2 files bundled with the app (via the style's `font-faces`), so no
 * glyph server is needed. Cyrillic-ext carries the Kyrgyz and Tajik letters (ң ө ү ғ ҳ ҷ қ ӣ ӯ);
 * latin-ext carries Uzbek's oʻ/gʻ modifier letters.
 */
export const NOTO_SANS_FILES: FontFileSet = {
  regular: [
    { url: latin, range: LATIN },
    { url: latinExt, range: LATIN_EXT },
    { url: cyrillic, range: CYRILLIC },
    { url: cyrillicExt, range: CYRILLIC_EXT },
  ],
  bold: [
    { url: latinBold, range: LATIN },
    { url: latinExtBold, range: LATIN_EXT },
    { url: cyrillicBold, range: CYRILLIC },
    { url: cyrillicExtBold, range: CYRILLIC_EXT },
  ],
};

/*
 * The label fonts reach MapLibre through this URL scheme (`addProtocol` in MapController), so the
 * bytes a cold load needs are fetched as the page starts: MapLibre asks for a font file only once
 * a tile needs a letter from it, and a `<link rel=preload>` could not help it (its fetch() never
 * matches a preload, and a host may forbid caching). Each file is downloaded once, whoever asks first.
 */
export const FONT_SCHEME = 'kgtj-font';
const PREFIX = `${FONT_SCHEME}://`;

/** A resolved font file URL as the style names it. */
export const viaFontScheme = (url: string): string => PREFIX + encodeURIComponent(url);

/** The font file URL inside a style's `kgtj-font://` URL, or null for any other URL. */
export function fromFontScheme(url: string): string | null {
  if (!url.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(url.slice(PREFIX.length));
  } catch {
    return null;
  }
}

const downloads = new Map<string, Promise<ArrayBuffer>>();

/** The file's bytes: one download per URL, shared by the early start and MapLibre's request. */
export function fontBytes(url: string, fetchFn: typeof fetch = fetch): Promise<ArrayBuffer> {
  let download = downloads.get(url);
  if (!download) {
    download = fetchFn(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for the font file ${url}`);
      return response.arrayBuffer();
    });
    // A failed download is forgotten, so a later request tries again.
    download.catch(() => downloads.delete(url));
    downloads.set(url, download);
  }
  return download;
}

/** Starts the Latin label fonts, the ones every first picture needs, as the page starts. */
export function preloadLabelFonts(resolve: (path: string) => string): void {
  for (const file of [latin, latinBold]) void fontBytes(resolve(file)).catch(() => undefined);
}
