/*
 * Builds the "Download PNG" image: the map as rendered, at full resolution, with the title, date,
 * legend and attribution burnt in. The licences of the map data (ODbL, CC BY) require the credits to
 * travel with any copy of the map, and a screenshot without date and legend is easy to misquote.
 *
 * The geometry is a pure function (overlayLayout) so it can be unit-tested without a canvas; the
 * drawing part only follows its instructions.
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

export const FONT_FAMILY = '"Noto Sans", sans-serif';
const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#444444';
const BOX_FILL = 'rgba(255, 255, 255, 0.85)';
const BOX_STROKE = 'rgba(0, 0, 0, 0.18)';
const ELLIPSIS = '…';

/** Design sizes in CSS pixels, before scaling. */
const SIZE = {
  title: 18,
  date: 14,
  legend: 12,
  attribution: 11,
  margin: 10,
  padding: 8,
  gap: 6,
  lineHeight: 1.3,
  legendRow: 1.45,
  dotRadius: 0.38,
};

function font(px: number, weight: 400 | 600): FontSpec {
  return { px, weight, css: `${weight} ${px}px ${FONT_FAMILY}` };
}

/*
 * A rough width for when no canvas is at hand (tests, server-side). It errs wide: Noto Sans averages
 * about 0.55 em per character for Latin and Cyrillic text, so boxes sized with it are never too small.
 */
export const approximateTextWidth: MeasureText = (text, f) => text.length * f.px * (f.weight === 600 ? 0.64 : 0.6);

/** Cuts `text` so that it plus an ellipsis fits; an empty string when not even one letter does. */
function truncate(text: string, maxWidth: number, f: FontSpec, measure: MeasureText): string {
  if (measure(text, f) <= maxWidth) return text;
  const chars = Array.from(text);
  for (let n = chars.length - 1; n > 0; n--) {
    const candidate = `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(candidate, f) <= maxWidth) return candidate;
  }
  return '';
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis if needed. */
export function wrapText(text: string, maxWidth: number, f: FontSpec, measure: MeasureText, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    const word = words[k] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, f) <= maxWidth) {
      current = candidate;
      k++;
    } else if (current) {
      lines.push(current);
      current = '';
    } else {
      // A single word wider than the box (a long URL) is cut rather than overflowing.
      lines.push(truncate(word, maxWidth, f, measure));
      k++;
    }
  }
  if (current) lines.push(current);
  if (k < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last]}${ELLIPSIS}`, maxWidth, f, measure);
  }
  return lines.filter((l) => l !== '');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

interface LegendPlan {
  box: Rect;
  texts: TextRun[];
  dots: Dot[];
  truncated: boolean;
}

/** Lays the legend out in as few columns as the height allows, inside `area`, anchored bottom-left. */
function planLegend(
  items: readonly LegendEntry[],
  area: Rect,
  f: FontSpec,
  pad: number,
  measure: MeasureText,
): LegendPlan | null {
  if (items.length === 0) return null;
  const rowH = f.px * SIZE.legendRow;
  const r = f.px * SIZE.dotRadius;
  const labelOffset = 2 * r + f.px * 0.5;
  const colGap = f.px;
  const rowsMax = Math.floor((area.height - 2 * pad) / rowH);
  if (rowsMax < 1) return null;
  const cols = Math.ceil(items.length / rowsMax);
  const rows = Math.ceil(items.length / cols);
  const widest = Math.max(...items.map((it) => labelOffset + measure(it.label, f)));
  const colW = Math.min(widest, (area.width - 2 * pad - (cols - 1) * colGap) / cols);
  // Below about four letters a label says nothing; better no legend than a row of dots.
  if (colW < labelOffset + 4 * f.px * 0.6) return null;
  const box: Rect = {
    x: area.x,
    y: area.y + area.height - (rows * rowH + 2 * pad),
    width: cols * colW + (cols - 1) * colGap + 2 * pad,
    height: rows * rowH + 2 * pad,
  };
  const texts: TextRun[] = [];
  const dots: Dot[] = [];
  let truncated = false;
  items.forEach((it, k) => {
    // Column-major, so the list reads top to bottom like the legend in the panel.
    const col = Math.floor(k / rows);
    const row = k % rows;
    const x = box.x + pad + col * (colW + colGap);
    const cy = box.y + pad + row * rowH + rowH / 2;
    const label = truncate(it.label, colW - labelOffset, f, measure);
    if (label !== it.label) truncated = true;
    dots.push({ cx: x + r, cy, r, color: it.color });
    texts.push({ text: label, x: x + labelOffset, y: cy, font: f, color: TEXT_COLOR, lineHeight: rowH });
  });
  return { box, texts, dots, truncated };
}

/**
 * Where every box, line and legend dot goes on a width × height canvas whose pixels are `dpr` times
 * CSS pixels. Pure: text is measured through `measure` (the real canvas's measureText when drawing).
 * Title and date top-left, attribution bottom-right, legend bottom-left — beside the attribution
 * when there is room, above it otherwise — and nothing outside the canvas or overlapping.
 */
export function overlayLayout(
  width: number,
  height: number,
  dpr: number,
  content: OverlayContent,
  measure: MeasureText = approximateTextWidth,
): OverlayLayout {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  // A little larger on a big map, a little smaller on a phone, always readable at 100 % zoom.
  const scale = ratio * clamp(width / ratio / 800, 0.9, 1.25);
  const px = (n: number) => Math.max(1, Math.round(n * scale));
  const fonts = {
    title: font(px(SIZE.title), 600),
    date: font(px(SIZE.date), 400),
    legend: font(px(SIZE.legend), 400),
    attribution: font(px(SIZE.attribution), 400),
  };
  const margin = px(SIZE.margin);
  const pad = px(SIZE.padding);
  const gap = px(SIZE.gap);
  const innerMax = Math.max(1, width - 2 * margin - 2 * pad);
  const texts: TextRun[] = [];

  // Title and date, top-left.
  const titleLines = wrapText(content.title, innerMax, fonts.title, measure, 2);
  const dateLines = wrapText(content.dateText, innerMax, fonts.date, measure, 2);
  const titleLH = fonts.title.px * SIZE.lineHeight;
  const dateLH = fonts.date.px * SIZE.lineHeight;
  let y = margin + pad;
  for (const text of titleLines) {
    texts.push({ text, x: margin + pad, y: y + titleLH / 2, font: fonts.title, color: TEXT_COLOR, lineHeight: titleLH });
    y += titleLH;
  }
  for (const text of dateLines) {
    texts.push({ text, x: margin + pad, y: y + dateLH / 2, font: fonts.date, color: MUTED_COLOR, lineHeight: dateLH });
    y += dateLH;
  }
  const titleWidest = Math.max(
    0,
    ...titleLines.map((l) => measure(l, fonts.title)),
    ...dateLines.map((l) => measure(l, fonts.date)),
  );
  const title: Rect = { x: margin, y: margin, width: titleWidest + 2 * pad, height: y + pad - margin };

  // Attribution, bottom-right: every credit kept (the licences require it), wrapped to fit.
  const attrLH = fonts.attribution.px * SIZE.lineHeight;
  const attrLines = content.attribution.flatMap((credit) => wrapText(credit, innerMax, fonts.attribution, measure, 3));
  const attrWidest = Math.max(0, ...attrLines.map((l) => measure(l, fonts.attribution)));
  const attrHeight = attrLines.length * attrLH + 2 * pad;
  const attribution: Rect = {
    x: width - margin - (attrWidest + 2 * pad),
    y: height - margin - attrHeight,
    width: attrWidest + 2 * pad,
    height: attrHeight,
  };
  attrLines.forEach((text, k) => {
    texts.push({
      text,
      x: attribution.x + pad,
      y: attribution.y + pad + k * attrLH + attrLH / 2,
      font: fonts.attribution,
      color: TEXT_COLOR,
      lineHeight: attrLH,
    });
  });

  // Legend, bottom-left: beside the attribution if it fits whole there, else above it.
  const top = title.y + title.height + gap;
  const beside: Rect = {
    x: margin,
    y: top,
    width: attribution.x - gap - margin,
    height: height - margin - top,
  };
  const above: Rect = { x: margin, y: top, width: width - 2 * margin, height: attribution.y - gap - top };
  const besidePlan =
    beside.width > 0 && beside.height > 0 ? planLegend(content.legend, beside, fonts.legend, pad, measure) : null;
  let plan = besidePlan && !besidePlan.truncated ? besidePlan : null;
  if (!plan && above.height > 0) plan = planLegend(content.legend, above, fonts.legend, pad, measure);
  if (!plan) plan = besidePlan;

  return {
    scale,
    fonts,
    title,
    legend: plan ? plan.box : null,
    attribution,
    texts: plan ? [...texts, ...plan.texts] : texts,
    dots: plan ? plan.dots : [],
  };
}

/** The map's HTML credits as plain text for the image: tags dropped, entities decoded, © kept. */
export function attributionText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export type CreateCanvas = (width: number, height: number) => HTMLCanvasElement;

export const createDomCanvas: CreateCanvas = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/** Anything drawImage accepts that also knows its pixel size: a canvas, an ImageBitmap… */
export type MapImage = CanvasImageSource & { readonly width: number; readonly height: number };

function boxPath(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  if (typeof ctx.roundRect === 'function') ctx.roundRect(r.x, r.y, r.width, r.height, radius);
  else ctx.rect(r.x, r.y, r.width, r.height);
}

/**
 * A new canvas exactly the size of the map image, with the map drawn 1:1 and the overlay on top.
 * Fonts must be loaded before calling (document.fonts.load) or the fallback face is used.
 */
export function composeMapImage(
  mapCanvas: MapImage,
  overlay: MapOverlay,
  createCanvas: CreateCanvas = createDomCanvas,
): HTMLCanvasElement {
  const { width, height } = mapCanvas;
  const canvas = createCanvas(width, height);
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Cannot compose the map image: this browser gave no 2D canvas context.');
  ctx.drawImage(mapCanvas, 0, 0, width, height);

  const dpr = overlay.pixelRatio ?? (globalThis.devicePixelRatio || 1);
  const layout = overlayLayout(width, height, dpr, overlay, (text, f) => {
    ctx.font = f.css;
    return ctx.measureText(text).width;
  });

  const radius = 4 * layout.scale;
  ctx.lineWidth = Math.max(1, layout.scale);
  for (const box of [layout.title, layout.legend, layout.attribution]) {
    if (!box || box.width <= 0 || box.height <= 0) continue;
    boxPath(ctx, box, radius);
    ctx.fillStyle = BOX_FILL;
    ctx.fill();
    ctx.strokeStyle = BOX_STROKE;
    ctx.stroke();
  }
  for (const dot of layout.dots) {
    ctx.beginPath();
    ctx.arc(dot.cx, dot.cy, dot.r, 0, 2 * Math.PI);
    ctx.fillStyle = dot.color;
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const run of layout.texts) {
    ctx.font = run.font.css;
    ctx.fillStyle = run.color;
    ctx.fillText(run.text, run.x, run.y);
  }
  return canvas;
}

/** The canvas as a PNG Blob; rejects when the browser cannot encode it (e.g. a canvas too large). */
export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The browser could not encode the map image as PNG.'));
    }, 'image/png');
  });
}
