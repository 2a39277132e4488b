import type { FontFacesSpecification } from 'maplibre-gl';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export interface FontFile {
  url: string;
  /** CSS unicode-range of the subset file, so MapLibre only downloads files a label needs. */
  range: string;
}
export interface FontFileSet {
  regular: FontFile[];
  bold: FontFile[];
}

/**
 * The style's font faces: bundled subset files, served from the app's own origin. `fontUrl` may
 * route the resolved URL through the app's own loader (a `kgtj-font://` URL, see map/fonts.ts).
 */
export function fontFaces(
  fonts: FontFileSet,
  resolveUrl: (p: string) => string,
  fontUrl: (resolved: string) => string = (u) => u,
): FontFacesSpecification {
  const toFaces = (files: FontFile[]) =>
    files.map((f) => ({ url: fontUrl(resolveUrl(f.url)), 'unicode-range': f.range.split(',') }));
  return { [FONT_REGULAR]: toFaces(fonts.regular), [FONT_BOLD]: toFaces(fonts.bold) };
}
