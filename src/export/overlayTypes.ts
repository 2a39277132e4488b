/*
 * The shapes shared by the PNG overlay's layout and its drawing. They live apart from both so the
 * pure layout (and its tests) never has to load the module that touches canvases.
 */

import type { KeySwatch } from '../model/mapKey';
import type { ScaleUnits } from '../model/scaleReading';

/** One line of the image's key: its sample is drawn like the map draws the thing (see model/mapKey). */
export interface LegendEntry {
  label: string;
  swatch: KeySwatch;
  /** Fill (area, disc, star) or stroke (line, dashed, ring). */
  color: string;
  /** An area's or a marker's outline, when it has one. */
  outline?: string;
}

export interface MapOverlay {
  title: string;
  dateText: string;
  /** Which event the ring on the map marks, e.g. "Selected event: …, 14 September 2022"; null when none. */
  selected: string | null;
  /** That the lines are the borders as mapped before the 2025 treaty: an image travels without the page. */
  caveat: string;
  /** Plain text, one credit per entry; see attributionText for the map's HTML credits. */
  attribution: readonly string[];
  legend: readonly LegendEntry[];
  /** Unit names for the scale bar, in the interface language. */
  scaleUnits: ScaleUnits;
  /** Metres on the ground per CSS pixel at the map's centre; no scale bar without it. */
  metersPerPixel?: number;
  /**
   * Canvas pixels per CSS pixel of the captured map (map.getPixelRatio()). Defaults to the
   * window's devicePixelRatio; it sizes the text so it reads the same as the on-screen interface.
   */
  pixelRatio?: number;
}

/** What the page supplies; the map adds what only it knows (pixel ratio, ground resolution). */
export type OverlayContent = Omit<MapOverlay, 'pixelRatio' | 'metersPerPixel'>;

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

/** A legend sample: what to draw (`kind`) inside `box`. */
export interface Swatch {
  kind: KeySwatch;
  box: Rect;
  color: string;
  outline?: string;
}

/** The scale bar: a line `width` long at `y`, from `x`, with end ticks reaching up `tick`. */
export interface ScaleBarLine {
  x: number;
  y: number;
  width: number;
  tick: number;
}

export interface OverlayLayout {
  /** Canvas pixels per design pixel: the device pixel ratio, nudged by the map's size. */
  scale: number;
  /** The whole image: as wide as the map, taller by the header and the footer. */
  width: number;
  height: number;
  fonts: { title: FontSpec; date: FontSpec; selected: FontSpec; legend: FontSpec; attribution: FontSpec };
  /** The band above the map: title, date, selected event, caveat. */
  header: Rect;
  /** Where the map image goes, 1:1. */
  map: Rect;
  /** The band below the map: legend, scale bar, credits. */
  footer: Rect;
  /** null only when there is nothing to put in the legend. */
  legend: Rect | null;
  attribution: Rect;
  /** The scale bar and its label; null without a ground resolution. */
  scaleBox: Rect | null;
  scaleBar: ScaleBarLine | null;
  texts: TextRun[];
  swatches: Swatch[];
}
