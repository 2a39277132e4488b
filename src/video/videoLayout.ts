/*
 * Where a video frame's parts go. Pure (text measured through a function) so it is unit-tested
 * without a canvas; drawVideoFrame only follows it. Computed once per recording: the map's size
 * and zoom do not change while the date plays, so every frame has the same geometry and only the
 * date's words and the map's pixels change.
 *
 * The map takes the left of the frame, cropped to fill it (never stretched); a white column on the
 * right holds the words: the title, the date large (the one thing that must read when the video is
 * shown small), the caveat, the key, the scale and the credits, which the map data's licences
 * require on every copy. A column rather than bands above and below: a 16:9 frame has width to
 * spare and height to keep, and the border area is wider than it is tall.
 */
import type { FontSpec, LegendEntry, MeasureText, Rect, ScaleBarLine, Swatch, TextRun } from '../export/overlayTypes';
import { approximateTextWidth, truncate, wrapText } from '../export/textFit';
import { type ScaleUnits, scaleLabel, scaleReading } from '../model/scaleReading';

export const VIDEO_FONT_FAMILY = '"Noto Sans", sans-serif';

export const VIDEO_COLORS = {
  text: '#1a1a1a',
  muted: '#444444',
  band: '#ffffff',
  rule: 'rgba(0, 0, 0, 0.25)',
} as const;

/** Design sizes for a 720 px tall frame; other heights scale them. */
const SIZE = {
  column: 0.3,
  pad: 20,
  gap: 12,
  title: 22,
  date: 46,
  minDate: 26,
  caveat: 13,
  selected: 14,
  category: 16,
  key: 13,
  credits: 11,
  line: 1.25,
  row: 1.4,
  scaleBar: 110,
  scaleTick: 6,
};

export interface VideoOverlay {
  title: string;
  /** Every date the frames will show, so the date's size fits the widest and never jumps. */
  dateTexts: readonly string[];
  caveat: string;
  selected: string | null;
  /** The events' categories in the period, drawn larger: what appears as the date moves. */
  categories: readonly LegendEntry[];
  /** The map's key (areas, lines, places, checkpoints) whose layers are on. */
  mapKey: readonly LegendEntry[];
  attribution: readonly string[];
  scaleUnits: ScaleUnits;
  /** Metres on the ground per CSS pixel at the map's centre; no scale bar without it. */
  metersPerPixel?: number;
}

export interface VideoLayout {
  width: number;
  height: number;
  /** Where the map goes in the frame, and which part of the map's canvas fills it (cropped, not stretched). */
  map: Rect;
  source: Rect;
  column: Rect;
  /** The date's line(s), drawn per frame at this font and place. */
  date: { x: number; y: number; font: FontSpec; lineHeight: number; maxWidth: number };
  texts: TextRun[];
  swatches: Swatch[];
  scaleBar: ScaleBarLine | null;
  /** Legend entries that did not fit (then the frame says nothing false, only less). */
  dropped: number;
}

function font(px: number, weight: 400 | 600): FontSpec {
  return { px, weight, css: `${weight} ${px}px ${VIDEO_FONT_FAMILY}` };
}

/** The part of a w×h image that fills a box of the given aspect, centred: the map's middle stays. */
export function coverCrop(w: number, h: number, boxW: number, boxH: number): Rect {
  if (!(w > 0 && h > 0 && boxW > 0 && boxH > 0)) return { x: 0, y: 0, width: Math.max(0, w), height: Math.max(0, h) };
  const aspect = boxW / boxH;
  if (w / h > aspect) {
    const width = h * aspect;
    return { x: (w - width) / 2, y: 0, width, height: h };
  }
  const height = w / aspect;
  return { x: 0, y: (h - height) / 2, width: w, height };
}

/**
 * The frame's layout for a map canvas of mapWidth × mapHeight pixels drawn at `pixelRatio` canvas
 * pixels per CSS pixel. Nothing is drawn outside the frame nor over the map.
 */
export function videoLayout(
  width: number,
  height: number,
  mapWidth: number,
  mapHeight: number,
  pixelRatio: number,
  content: VideoOverlay,
  measure: MeasureText = approximateTextWidth,
): VideoLayout {
  const u = height / 720;
  const px = (n: number) => Math.max(1, Math.round(n * u));
  const columnWidth = Math.round(width * SIZE.column);
  const map: Rect = { x: 0, y: 0, width: width - columnWidth, height };
  const source = coverCrop(mapWidth, mapHeight, map.width, map.height);
  const column: Rect = { x: map.width, y: 0, width: columnWidth, height };
  const pad = px(SIZE.pad);
  const gap = px(SIZE.gap);
  const left = column.x + pad;
  const inner = Math.max(1, columnWidth - 2 * pad);
  const bottom = height - pad;
  const texts: TextRun[] = [];
  const swatches: Swatch[] = [];

  const lines = (text: string, f: FontSpec, color: string, y: number, maxLines: number): number => {
    const lh = f.px * SIZE.line;
    for (const line of wrapText(text, inner, f, measure, maxLines)) {
      texts.push({ text: line, x: left, y: y + lh / 2, font: f, color, lineHeight: lh });
      y += lh;
    }
    return y;
  };

  // The credits and the scale bar sit at the foot of the column; the rest fills down from the top.
  const creditFont = font(px(SIZE.credits), 400);
  const creditLH = creditFont.px * SIZE.line;
  const creditLines = content.attribution.flatMap((c) => wrapText(c, inner, creditFont, measure, 4));
  let footTop = bottom - creditLines.length * creditLH;
  creditLines.forEach((text, k) => {
    texts.push({
      text,
      x: left,
      y: footTop + k * creditLH + creditLH / 2,
      font: creditFont,
      color: VIDEO_COLORS.muted,
      lineHeight: creditLH,
    });
  });
  let scaleBar: ScaleBarLine | null = null;
  const keyFont = font(px(SIZE.key), 400);
  if (content.metersPerPixel !== undefined && pixelRatio > 0 && source.width > 0) {
    // Frame pixels per CSS pixel of the map: its canvas ratio times how much the crop is scaled.
    const framePerCss = pixelRatio * (map.width / source.width);
    const maxBar = px(SIZE.scaleBar);
    const reading = scaleReading((content.metersPerPixel / framePerCss) * maxBar, maxBar);
    if (reading) {
      const tick = px(SIZE.scaleTick);
      const lh = keyFont.px * SIZE.line;
      const barY = footTop - gap;
      scaleBar = { x: left, y: barY, width: reading.width, tick };
      texts.push({
        text: scaleLabel(reading, content.scaleUnits),
        x: left + reading.width + keyFont.px * 0.6,
        y: barY - tick / 2,
        font: keyFont,
        color: VIDEO_COLORS.text,
        lineHeight: lh,
      });
      footTop = barY - Math.max(tick, lh) - gap;
    }
  }

  let y = pad;
  y = lines(content.title, font(px(SIZE.title), 600), VIDEO_COLORS.text, y, 3) + gap / 2;
  // The date: as large as the widest date of the recording allows, so it never changes size mid-video.
  const widestAt1 = Math.max(1, ...content.dateTexts.map((t) => measure(t, font(100, 600)) / 100));
  const datePx = Math.max(px(SIZE.minDate), Math.min(px(SIZE.date), Math.floor(inner / widestAt1)));
  const dateFont = font(datePx, 600);
  const dateLH = datePx * 1.15;
  const date = { x: left, y: y + dateLH / 2, font: dateFont, lineHeight: dateLH, maxWidth: inner };
  y += dateLH + gap;
  if (content.selected) y = lines(content.selected, font(px(SIZE.selected), 600), VIDEO_COLORS.text, y, 2) + gap / 2;
  y = lines(content.caveat, font(px(SIZE.caveat), 400), VIDEO_COLORS.muted, y, 4) + gap;

  // The key: the categories larger, in two columns (their names are short), then the map's key in
  // one column so no label is cut, or two when one does not fit the height left.
  let dropped = 0;
  const fits = (count: number, f: FontSpec, cols: number, top: number) =>
    Math.ceil(count / cols) * f.px * SIZE.row <= footTop - top;
  const place = (entries: readonly LegendEntry[], f: FontSpec, cols: number, top: number): number => {
    const rowH = f.px * SIZE.row;
    const colGap = f.px;
    const colW = (inner - (cols - 1) * colGap) / cols;
    const rowsFit = Math.max(0, Math.floor((footTop - top) / rowH));
    const rows = Math.min(rowsFit, Math.ceil(entries.length / cols));
    const shown = Math.min(entries.length, rows * cols);
    dropped += entries.length - shown;
    const sw = f.px * 1.6;
    const sh = f.px * 0.9;
    for (let k = 0; k < shown; k++) {
      const it = entries[k] as LegendEntry;
      const x = left + Math.floor(k / rows) * (colW + colGap);
      const cy = top + (k % rows) * rowH + rowH / 2;
      swatches.push({
        kind: it.swatch,
        box: { x, y: cy - sh / 2, width: sw, height: sh },
        color: it.color,
        ...(it.outline ? { outline: it.outline } : {}),
      });
      const labelX = x + sw + f.px * 0.5;
      texts.push({
        text: truncate(it.label, x + colW - labelX, f, measure),
        x: labelX,
        y: cy,
        font: f,
        color: VIDEO_COLORS.text,
        lineHeight: rowH,
      });
    }
    return rows > 0 ? top + rows * rowH : top;
  };
  y = place(content.categories, font(px(SIZE.category), 400), 2, y);
  if (content.categories.length > 0) y += gap / 2;
  place(content.mapKey, keyFont, fits(content.mapKey.length, keyFont, 1, y) ? 1 : 2, y);

  return { width, height, map, source, column, date, texts, swatches, scaleBar, dropped };
}
