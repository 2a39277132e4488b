/*
 * Where the PNG's header, map, footer, legend samples and scale bar go. Pure (text is measured
 * through a function, not a canvas) so the geometry can be unit-tested without a browser; the
 * drawing in composeMapImage only follows its instructions.
 *
 * The words sit in a band above the map and the key in a band below it, not on the map: the full
 * key (regions, enclaves, lines, places, checkpoints, categories) has some thirty entries, and on a
 * map a few hundred pixels tall, as the app's usually is, a key laid over it hid most of the map and
 * had to cut its labels short.
 */
import { scaleLabel, scaleReading } from '../model/scaleReading';
import { OVERLAY_COLORS } from './overlayColors';
import type {
  FontSpec,
  LegendEntry,
  MapOverlay,
  MeasureText,
  OverlayLayout,
  Rect,
  ScaleBarLine,
  Swatch,
  TextRun,
} from './overlayTypes';
import { approximateTextWidth, truncate, wrapText } from './textFit';

export const FONT_FAMILY = '"Noto Sans", sans-serif';

/** Design sizes in CSS pixels, before scaling. */
const SIZE = {
  title: 18,
  date: 14,
  legend: 12,
  attribution: 11,
  margin: 10,
  gap: 6,
  lineHeight: 1.3,
  legendRow: 1.45,
  /** A legend sample's box, in ems of the legend font: wide enough for a line to read as a line. */
  swatchWidth: 1.6,
  swatchHeight: 0.9,
  /** The longest the scale bar may be, and how far its end ticks reach up. */
  scaleBar: 120,
  scaleTick: 6,
  /** The credits never take more than this share of the footer's width. */
  creditsShare: 0.4,
};

function font(px: number, weight: 400 | 600): FontSpec {
  return { px, weight, css: `${weight} ${px}px ${FONT_FAMILY}` };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

interface LegendPlan {
  box: Rect;
  texts: TextRun[];
  swatches: Swatch[];
}

/**
 * The legend in as many columns as `maxWidth` holds, each as wide as the widest label so no label
 * is cut; only when a single column is wider than the band are labels shortened. Top-left at (x, y).
 */
function planLegend(
  items: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
  f: FontSpec,
  measure: MeasureText,
): LegendPlan | null {
  if (items.length === 0 || maxWidth <= 0) return null;
  const rowH = f.px * SIZE.legendRow;
  const sw = f.px * SIZE.swatchWidth;
  const sh = f.px * SIZE.swatchHeight;
  const labelOffset = sw + f.px * 0.5;
  const colGap = f.px * 1.5;
  const widest = Math.max(...items.map((it) => labelOffset + measure(it.label, f)));
  const colW = Math.min(widest, maxWidth);
  const cols = clamp(Math.floor((maxWidth + colGap) / (colW + colGap)), 1, items.length);
  const rows = Math.ceil(items.length / cols);
  const box: Rect = { x, y, width: cols * colW + (cols - 1) * colGap, height: rows * rowH };
  const texts: TextRun[] = [];
  const swatches: Swatch[] = [];
  items.forEach((it, k) => {
    // Column-major, so the key reads top to bottom like the legend in the panel.
    const left = x + Math.floor(k / rows) * (colW + colGap);
    const cy = y + (k % rows) * rowH + rowH / 2;
    swatches.push({
      kind: it.swatch,
      box: { x: left, y: cy - sh / 2, width: sw, height: sh },
      color: it.color,
      ...(it.outline ? { outline: it.outline } : {}),
    });
    const label = truncate(it.label, colW - labelOffset, f, measure);
    texts.push({ text: label, x: left + labelOffset, y: cy, font: f, color: OVERLAY_COLORS.text, lineHeight: rowH });
  });
  return { box, texts, swatches };
}

interface ScalePlan {
  box: Rect;
  bar: ScaleBarLine;
  label: TextRun;
}

/**
 * A scale bar as long as a round distance, at most SIZE.scaleBar design pixels, with its top-right
 * corner at (right, top). The distance is measured in the map's own pixels (`ratio` per CSS pixel),
 * not in design pixels, so the bar stays true to the map whatever size the text is drawn at.
 */
function planScale(
  metersPerCssPixel: number | undefined,
  units: MapOverlay['scaleUnits'],
  right: number,
  top: number,
  ratio: number,
  maxBar: number,
  tick: number,
  f: FontSpec,
  measure: MeasureText,
): ScalePlan | null {
  if (metersPerCssPixel === undefined) return null;
  const reading = scaleReading(metersPerCssPixel * (maxBar / ratio), maxBar);
  if (!reading) return null;
  const text = scaleLabel(reading, units);
  const lineH = f.px * SIZE.lineHeight;
  const width = Math.max(reading.width, measure(text, f));
  const box: Rect = { x: right - width, y: top, width, height: lineH + tick };
  return {
    box,
    // Right-aligned, like the credits below it.
    bar: { x: right - reading.width, y: top + lineH + tick, width: reading.width, tick },
    label: { text, x: right - reading.width, y: top + lineH / 2, font: f, color: OVERLAY_COLORS.text, lineHeight: lineH },
  };
}

/**
 * The layout of the image for a map of mapWidth × mapHeight canvas pixels that are `dpr` times CSS
 * pixels: a header band (title, date, the selected event, the pre-2025 caveat), the map 1:1, and a
 * footer band (the legend on the left; the scale bar and the credits on the right, or below the
 * legend when the image is too narrow for both side by side). The image is as wide as the map;
 * nothing lies outside it and no text or sample covers the map.
 */
export function overlayLayout(
  mapWidth: number,
  mapHeight: number,
  dpr: number,
  content: Omit<MapOverlay, 'pixelRatio'>,
  measure: MeasureText = approximateTextWidth,
): OverlayLayout {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  const width = mapWidth;
  // Sized for the image, not the screen it was made on: as an 800 px design scaled to the image's
  // width, but never below 0.9 nor above 1.25 times the map's own pixel ratio. (By the screen alone,
  // a phone's 4× capture had type so large that the key ran to thousands of pixels.)
  const scale = clamp(width / 800, 0.9, 1.25 * ratio);
  const px = (n: number) => Math.max(1, Math.round(n * scale));
  const fonts = {
    title: font(px(SIZE.title), 600),
    date: font(px(SIZE.date), 400),
    selected: font(px(SIZE.date), 600),
    legend: font(px(SIZE.legend), 400),
    attribution: font(px(SIZE.attribution), 400),
  };
  const margin = px(SIZE.margin);
  const gap = px(SIZE.gap);
  const inner = Math.max(1, width - 2 * margin);
  const texts: TextRun[] = [];

  // Header, in reading order: what the map is, when, which event the ring marks, what the lines are.
  const heading: { lines: string[]; font: FontSpec; color: string }[] = [
    { lines: wrapText(content.title, inner, fonts.title, measure, 2), font: fonts.title, color: OVERLAY_COLORS.text },
    { lines: wrapText(content.dateText, inner, fonts.date, measure, 2), font: fonts.date, color: OVERLAY_COLORS.text },
    {
      lines: content.selected ? wrapText(content.selected, inner, fonts.selected, measure, 3) : [],
      font: fonts.selected,
      color: OVERLAY_COLORS.text,
    },
    { lines: wrapText(content.caveat, inner, fonts.date, measure, 3), font: fonts.date, color: OVERLAY_COLORS.muted },
  ];
  let y = margin;
  for (const part of heading) {
    const lineH = part.font.px * SIZE.lineHeight;
    for (const text of part.lines) {
      texts.push({ text, x: margin, y: y + lineH / 2, font: part.font, color: part.color, lineHeight: lineH });
      y += lineH;
    }
  }
  const header: Rect = { x: 0, y: 0, width, height: Math.round(y + margin) };
  const map: Rect = { x: 0, y: header.height, width: mapWidth, height: mapHeight };
  const footerTop = map.y + map.height;
  const top = footerTop + margin;

  // Right-hand column of the footer: the scale bar over the credits, every credit kept (the
  // licences require it). Wrapped to SIZE.creditsShare of the width beside the legend; if that
  // leaves the legend less than a third, the column goes below the legend at the full width.
  const attrLH = fonts.attribution.px * SIZE.lineHeight;
  const tick = px(SIZE.scaleTick);
  const column = (maxWidth: number) => {
    const lines = content.attribution.flatMap((credit) => wrapText(credit, maxWidth, fonts.attribution, measure, 6));
    const maxBar = Math.min(px(SIZE.scaleBar), maxWidth);
    const probe = planScale(content.metersPerPixel, content.scaleUnits, 0, 0, ratio, maxBar, tick, fonts.legend, measure);
    const widest = Math.max(0, ...lines.map((l) => measure(l, fonts.attribution)));
    return {
      lines,
      maxBar,
      widest,
      width: Math.max(widest, probe?.box.width ?? 0),
      scaleHeight: probe ? probe.box.height + gap : 0,
    };
  };
  const narrow = column(Math.max(1, Math.min(inner, Math.round(width * SIZE.creditsShare))));
  const besideWidth = inner - narrow.width - 2 * gap;
  const besides = besideWidth >= inner / 3;
  const col = besides ? narrow : column(inner);
  const attrLines = col.lines;
  const attrWidest = col.widest;
  const scaleHeight = col.scaleHeight;
  const columnHeight = scaleHeight + attrLines.length * attrLH;

  const legendPlan = planLegend(content.legend, margin, top, besides ? besideWidth : inner, fonts.legend, measure);
  const legendBottom = legendPlan ? legendPlan.box.y + legendPlan.box.height : top;
  const columnTop = besides || !legendPlan ? top : legendBottom + 2 * gap;
  const right = width - margin;

  const scalePlan = planScale(
    content.metersPerPixel,
    content.scaleUnits,
    right,
    columnTop,
    ratio,
    col.maxBar,
    tick,
    fonts.legend,
    measure,
  );
  if (scalePlan) texts.push(scalePlan.label);
  const attrTop = columnTop + scaleHeight;
  const attribution: Rect = {
    x: right - attrWidest,
    y: attrTop,
    width: attrWidest,
    height: attrLines.length * attrLH,
  };
  attrLines.forEach((text, k) => {
    texts.push({
      text,
      // Right-aligned: each line ends at the image's right margin.
      x: right - measure(text, fonts.attribution),
      y: attrTop + k * attrLH + attrLH / 2,
      font: fonts.attribution,
      color: OVERLAY_COLORS.muted,
      lineHeight: attrLH,
    });
  });

  const footerBottom = Math.max(legendBottom, columnTop + columnHeight) + margin;
  const footer: Rect = { x: 0, y: footerTop, width, height: Math.round(footerBottom - footerTop) };

  return {
    scale,
    width,
    height: footer.y + footer.height,
    fonts,
    header,
    map,
    footer,
    legend: legendPlan ? legendPlan.box : null,
    attribution,
    scaleBox: scalePlan ? scalePlan.box : null,
    scaleBar: scalePlan ? scalePlan.bar : null,
    texts: legendPlan ? [...texts, ...legendPlan.texts] : texts,
    swatches: legendPlan ? legendPlan.swatches : [],
  };
}
