import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExtBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

export interface FontFile {
  url: string;
  /** CSS unicode-range of the subset file, so the browser only downloads files a text needs. */
  range: string;
}
export interface FontFileSet {
  regular: FontFile[];
  bold: FontFile[];
}

// Ranges as @fontsource declares them for each subset file.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

/*
 * The print briefing's type, from woff2 files bundled with the app (the map's labels use glyphs
 * drawn from the same files by scripts/glyphs). Cyrillic-ext carries the Kyrgyz and Tajik letters (ң ө ү ғ ҳ ҷ қ ӣ ӯ);
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
