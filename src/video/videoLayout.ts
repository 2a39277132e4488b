/*
 * Where a video frame's parts go. Pure (text measured through a function) so it is unit-tested
 * without a canvas; drawVideoFrame only follows it. Computed once per recording: the map's size
 * and zoom do not change while the date plays, so every frame has the same geometry and only the
 * date's words and the map's pixels change.
 *
 * The map takes the left of the frame: the whole on-screen view, fitted inside its box (never
 * cropped, never stretched; white bands above and below or at the sides where the aspects differ),
 * so the video shows every place the producer saw. A white column on the right holds the words:
 * the title, the date large (the one thing that must read when the video is shown small), what the
 * map shows (every event up to the date, or a window), the caveat, the key, the scale and the
 * credits, which the map data's licences require on every copy. No key label is ever cut: a
 * label that does not fit wraps, the key's font shrinks to a floor, its columns change, and only
 * then are whole entries of least use left out (counted in `dropped`). A column rather than bands above and below: a 16:9 frame has width to
 * spare and height to keep, and the border area is wider than it is tall.
 */
import type { FontSpec, LegendEntry, MeasureText, Rect, ScaleBarLine, Swatch, TextRun } from '../export/overlayTypes';
import { approximateTextWidth, wrapText } from '../export/textFit';
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
  column: 0.32,
  pad: 20,
  gap: 12,
  title: 22,
  date: 46,
  minDate: 26,
  mode: 14,
  caveat: 13,
  selected: 14,
  category: 16,
  /** The smallest key text: 13 px at 720p still reads when the video plays in a window half its size… nearly. */
  minKey: 13,
  key: 13,
  credits: 11,
  line: 1.25,
  row: 1.3,
  scaleBar: 110,
  scaleTick: 6,
};

/** A key entry; `keep` ranks what is left out first when even the smallest key does not fit (lowest first). */
export interface VideoKeyEntry extends LegendEntry {
  keep?: number;
}

export interface VideoOverlay {
  title: string;
  /** Every date the frames will show, so the date's size fits the widest and never jumps. */
  dateTexts: readonly string[];
  /** What the map shows at each date: every event up to it, a window of months, or those under way. */
  mode: string;
  caveat: string;
  selected: string | null;
  /** The events' categories in the period, drawn larger: what appears as the date moves. */
  categories: readonly LegendEntry[];
  /** The map's key (areas, lines, places, checkpoints) whose layers are on. */
  mapKey: readonly VideoKeyEntry[];
  attribution: readonly string[];
  scaleUnits: ScaleUnits;
  /** Metres on the ground per CSS pixel at the map's centre; no scale bar without it. */
  metersPerPixel?: number;
}

export interface VideoLayout {
  width: number;
  height: number;
  /** The map's box in the frame; the map's canvas (`source`, all of it) is drawn fitted at `drawn` inside it. */
  map: Rect;
  source: Rect;
  drawn: Rect;
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

/** Where a w×h image goes, whole and unstretched, centred in `box`: the bands left over stay empty. */
export function containFit(w: number, h: number, box: Rect): Rect {
  if (!(w > 0 && h > 0 && box.width > 0 && box.height > 0)) return { ...box };
  const scale = Math.min(box.width / w, box.height / h);
  const width = w * scale;
  const height = h * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
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
  const source: Rect = { x: 0, y: 0, width: Math.max(0, mapWidth), height: Math.max(0, mapHeight) };
  const drawn = containFit(mapWidth, mapHeight, map);
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
    // Frame pixels per CSS pixel of the map: its canvas ratio times how much the fitted map is scaled.
    const framePerCss = pixelRatio * (drawn.width / source.width);
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
  y += dateLH;
  if (content.mode) y = lines(content.mode, font(px(SIZE.mode), 400), VIDEO_COLORS.text, y, 2);
  y += gap;
  if (content.selected) {
    // The selected event's words in full: on two lines, smaller if need be, then on three or four
    // (the longest titles need them); cut only past that, where nothing else would fit.
    const sizes = [SIZE.selected, SIZE.selected - 1, SIZE.selected - 2].map((n) => font(px(n), 600));
    const whole = (f: FontSpec, max: number) => fitsWhole(content.selected as string, inner, f, measure, max);
    const lineCount = (f: FontSpec) => wrapText(content.selected as string, inner, f, measure, 5).length;
    const shortest = [...sizes].sort((a, b) => lineCount(a) * a.px - lineCount(b) * b.px)[0] as FontSpec;
    const f = sizes.find((f) => whole(f, 2)) ?? (whole(shortest, 4) ? shortest : (sizes[2] as FontSpec));
    y = lines(content.selected, f, VIDEO_COLORS.text, y, 4) + gap / 2;
  }
  y = lines(content.caveat, font(px(SIZE.caveat), 400), VIDEO_COLORS.muted, y, 4) + gap;

  // The key: the events' categories (what appears as the date moves) first and larger, then the
  // map's key. The first arrangement, largest first, in which every label is whole and all fit.
  const keyTop = y;
  const avail = footTop - keyTop;
  const catSizes = [SIZE.category, 15, 14, SIZE.minKey].map((n) => font(px(n), 400));
  const keyMin = font(px(SIZE.minKey), 400);
  const arrangements: KeyArrangement[] = [];
  for (const cat of catSizes) {
    for (const catCols of [2, 3, 1])
      for (const keyCols of [1, PAIRED, 2]) arrangements.push({ cat, catCols, key: keyFont, keyCols });
  }
  arrangements.push({ cat: keyMin, catCols: PAIRED, key: keyMin, keyCols: PAIRED });
  // A label too long for two full-width lines even at the floor cannot be drawn whole: left out first.
  const drawable = (e: LegendEntry) => fitsWhole(e.label, inner - keyMin.px * 2.1, keyMin, measure, 2);
  const categories = content.categories.filter(drawable);
  const mapKey = content.mapKey.filter(drawable);
  let dropped = content.categories.length + content.mapKey.length - categories.length - mapKey.length;
  let chosen: { cats: PlacedKey; keys: PlacedKey } | null = null;
  for (;;) {
    for (const a of arrangements) {
      const cats = arrangeKey(categories, a.cat, a.catCols, inner, measure);
      const keys = arrangeKey(mapKey, a.key, a.keyCols, inner, measure);
      if (!cats || !keys) continue;
      const between = categories.length > 0 && mapKey.length > 0 ? gap / 2 : 0;
      if (cats.height + between + keys.height <= avail + 1e-6) {
        chosen = { cats, keys };
        break;
      }
    }
    if (chosen || (mapKey.length === 0 && categories.length === 0)) break;
    // Nothing fits: leave out a whole entry of the map's key (the least needed), then, only if
    // none is left, the last category. A label is never cut.
    if (mapKey.length > 0) {
      let drop = mapKey.length - 1;
      for (let k = mapKey.length - 1; k >= 0; k--) if ((mapKey[k]?.keep ?? 1) < (mapKey[drop]?.keep ?? 1)) drop = k;
      mapKey.splice(drop, 1);
    } else categories.pop();
    dropped++;
  }
  if (chosen) {
    const emit = (placed: PlacedKey, top: number) => {
      for (const item of placed.items) {
        const cx = left + item.x;
        const cy = top + item.y + item.rowHeight / 2;
        const f = placed.font;
        const sw = f.px * 1.6;
        const sh = f.px * 0.9;
        // The swatch sits by the label's first line.
        const firstLineY = top + item.y + placed.rowPad + (f.px * SIZE.line) / 2;
        const swatchY = item.lines.length > 1 ? firstLineY : cy;
        swatches.push({
          kind: item.entry.swatch,
          box: { x: cx, y: swatchY - sh / 2, width: sw, height: sh },
          color: item.entry.color,
          ...(item.entry.outline ? { outline: item.entry.outline } : {}),
        });
        const lh = f.px * SIZE.line;
        const textTop = item.lines.length > 1 ? top + item.y + placed.rowPad : cy - lh / 2;
        item.lines.forEach((text, k) => {
          texts.push({
            text,
            x: cx + sw + f.px * 0.5,
            y: textTop + k * lh + lh / 2,
            font: f,
            color: VIDEO_COLORS.text,
            lineHeight: lh,
          });
        });
      }
    };
    emit(chosen.cats, keyTop);
    const between = categories.length > 0 && mapKey.length > 0 ? gap / 2 : 0;
    emit(chosen.keys, keyTop + chosen.cats.height + between);
  }

  return { width, height, map, source, drawn, column, date, texts, swatches, scaleBar, dropped };
}

/** True when `text` wraps into at most `maxLines` lines of `width` with no word or line cut. */
export function fitsWhole(text: string, width: number, f: FontSpec, measure: MeasureText, maxLines: number): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.some((w) => measure(w, f) > width)) return false;
  return wrapText(text, width, f, measure, words.length + 1).length <= maxLines;
}

/** Columns value for a key of full-width rows in which two or three short neighbours share a row. */
const PAIRED = 0;

interface KeyArrangement {
  cat: FontSpec;
  catCols: number;
  key: FontSpec;
  keyCols: number;
}

interface PlacedKey {
  font: FontSpec;
  height: number;
  /** Space above a wrapped label's first line within its row. */
  rowPad: number;
  items: { entry: LegendEntry; lines: string[]; x: number; y: number; rowHeight: number }[];
}

/**
 * Entries in `cols` columns filled top to bottom, or (PAIRED) in rows of the full width where two
 * or three neighbours whose labels fit their share of the row on one line share it; each label whole on one or two
 * lines beside its swatch. Null when a label would need a third line or a cut. A one-line entry
 * takes a row of SIZE.row; a two-line one a line more.
 */
function arrangeKey(
  entries: readonly LegendEntry[],
  f: FontSpec,
  cols: number,
  inner: number,
  measure: MeasureText,
): PlacedKey | null {
  const rowH = f.px * SIZE.row;
  const lh = f.px * SIZE.line;
  const rowPad = (rowH - lh) / 2;
  const colGap = f.px;
  const labelWidth = (colW: number) => colW - f.px * 1.6 - f.px * 0.5;
  const items: PlacedKey['items'] = [];
  const entryAt = (entry: LegendEntry, colW: number, x: number, y: number) => {
    const w = labelWidth(colW);
    if (w <= 0 || !fitsWhole(entry.label, w, f, measure, 2)) return null;
    const lines = wrapText(entry.label, w, f, measure, 2);
    const rowHeight = rowH + (lines.length - 1) * lh;
    items.push({ entry, lines, x, y, rowHeight });
    return rowHeight;
  };
  if (cols === PAIRED) {
    // Three short neighbours share a row if they fit a third each, else two a half each.
    const widthOf = (n: number) => (inner - (n - 1) * colGap) / n;
    const short = (e: LegendEntry | undefined, n: number) =>
      e !== undefined && fitsWhole(e.label, labelWidth(widthOf(n)), f, measure, 1);
    let y = 0;
    for (let k = 0; k < entries.length; ) {
      const n = [3, 2].find((n) => entries.slice(k, k + n).length === n && entries.slice(k, k + n).every((e) => short(e, n)));
      if (n) {
        for (let j = 0; j < n; j++) entryAt(entries[k + j] as LegendEntry, widthOf(n), j * (widthOf(n) + colGap), y);
        y += rowH;
        k += n;
      } else {
        const h = entryAt(entries[k] as LegendEntry, inner, 0, y);
        if (h === null) return null;
        y += h;
        k++;
      }
    }
    return { font: f, height: y, rowPad, items };
  }
  const colW = (inner - (cols - 1) * colGap) / cols;
  const perCol = Math.ceil(entries.length / cols);
  let height = 0;
  for (let c = 0; c < cols; c++) {
    let y = 0;
    for (const entry of entries.slice(c * perCol, (c + 1) * perCol)) {
      const h = entryAt(entry, colW, c * (colW + colGap), y);
      if (h === null) return null;
      y += h;
    }
    height = Math.max(height, y);
  }
  return { font: f, height, rowPad, items };
}
