/*
 * The shapes shared by the PNG overlay's layout and its drawing. They live apart from both so the
 * pure layout (and its tests) never has to load the module that touches canvases.
 */

export interface LegendEntry {
  label: string;
  color: string;
}

export interface MapOverlay {
  title: string;
  dateText: string;
  /** Plain text, one credit per entry; see attributionText for the map's HTML credits. */
  attribution: readonly string[];
  legend: readonly LegendEntry[];
  /**
   * Canvas pixels per CSS pixel of the captured map (map.getPixelRatio()). Defaults to the
   * window's devicePixelRatio; it sizes the text so it reads the same as the on-screen interface.
   */
  pixelRatio?: number;
}

export type OverlayContent = Omit<MapOverlay, 'pixelRatio'>;

export interface FontSpec {
  px: number;
  weight: 400 | 600;
  /** Ready for CanvasRenderingContext2D.font. */
  css: string;
}

/** Width in canvas pixels of `text` drawn in `font`. */
export type MeasureText = (text: string, font: FontSpec) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text, drawn left-aligned with a 'middle' baseline at (x, y). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  font: FontSpec;
  color: string;
  /** The line's height, so its box is [x, y - lineHeight/2, measured width, lineHeight]. */
  lineHeight: number;
}

export interface Dot {
  cx: number;
  cy: number;
  r: number;
  color: string;
}

export interface OverlayLayout {
  /** Canvas pixels per design pixel: the device pixel ratio, nudged by the map's size. */
  scale: number;
  fonts: { title: FontSpec; date: FontSpec; legend: FontSpec; attribution: FontSpec };
  title: Rect;
  /** null only when the canvas is too small for any legend at a readable size. */
  legend: Rect | null;
  attribution: Rect;
  texts: TextRun[];
  dots: Dot[];
}
