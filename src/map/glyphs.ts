import { glyphRange } from '../model/labelGlyphs.js';
import { FONT_BOLD, FONT_REGULAR, glyphsUrl } from './style/labelFonts';

/*
 * The label glyphs reach MapLibre through this URL scheme (`addProtocol` in MapController), so the
 * range every first picture needs is fetched as the page starts: MapLibre asks for a range only
 * once a tile needs a letter from it, late in a cold load, and a `<link rel=preload>` could not
 * help it (its fetch() never matches a preload, and a host may forbid caching). Each range file is
 * downloaded once, whoever asks first.
 */
export const GLYPH_SCHEME = 'kgtj-glyphs';
const PREFIX = `${GLYPH_SCHEME}://`;

/** The style's glyphs URL through the scheme: the resolved folder, encoded, then MapLibre's placeholders. */
export const viaGlyphScheme = (resolvedTemplate: string): string => {
  const at = resolvedTemplate.indexOf('{fontstack}');
  return `${PREFIX}${encodeURIComponent(resolvedTemplate.slice(0, at))}/${resolvedTemplate.slice(at)}`;
};

/** The range file's URL inside a `kgtj-glyphs://` URL MapLibre filled in, or null for any other URL. */
export function fromGlyphScheme(url: string): string | null {
  if (!url.startsWith(PREFIX)) return null;
  const rest = url.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return null;
  try {
    return decodeURIComponent(rest.slice(0, slash)) + rest.slice(slash + 1);
  } catch {
    return null;
  }
}

const downloads = new Map<string, Promise<ArrayBuffer>>();

/** The file's bytes: one download per URL, shared by the early start and MapLibre's request. */
export function glyphBytes(url: string, fetchFn: typeof fetch = fetch): Promise<ArrayBuffer> {
  let download = downloads.get(url);
  if (!download) {
    download = fetchFn(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for the glyph range ${url}`);
      return response.arrayBuffer();
    });
    // A failed download is forgotten, so a later request tries again.
    download.catch(() => downloads.delete(url));
    downloads.set(url, download);
  }
  return download;
}

/** The range files a first picture always needs: digits and Latin letters, in both weights. */
export function firstGlyphRanges(resolve: (path: string) => string): string[] {
  const template = glyphsUrl(resolve);
  const digits = glyphRange('0'.codePointAt(0) ?? 0);
  return [FONT_REGULAR, FONT_BOLD].map((stack) => template.replace('{fontstack}', stack).replace('{range}', digits));
}

/** Starts the first picture's glyph ranges as the page starts. */
export function preloadGlyphs(resolve: (path: string) => string): void {
  for (const url of firstGlyphRanges(resolve)) void glyphBytes(url).catch(() => undefined);
}
