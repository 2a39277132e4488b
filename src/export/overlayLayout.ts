/*
 * Where the PNG overlay's boxes, lines and legend dots go. Pure (text is measured through a
 * function, not a canvas) so the geometry can be unit-tested without a browser; the drawing in
 * composeMapImage only follows its instructions.
 */
import { OVERLAY_COLORS } from './overlayColors';
import type { Dot, FontSpec, LegendEntry, MeasureText, OverlayContent, OverlayLayout, Rect, TextRun } from './overlayTypes';
import { approximateTextWidth, truncate, wrapText } from './textFit';

export const FONT_FAMILY = '"Noto Sans", sans-serif';

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
    texts.push({ text: label, x: x + labelOffset, y: cy, font: f, color: OVERLAY_COLORS.text, lineHeight: rowH });
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
    texts.push({ text, x: margin + pad, y: y + titleLH / 2, font: fonts.title, color: OVERLAY_COLORS.text, lineHeight: titleLH });
    y += titleLH;
  }
  for (const text of dateLines) {
    texts.push({ text, x: margin + pad, y: y + dateLH / 2, font: fonts.date, color: OVERLAY_COLORS.muted, lineHeight: dateLH });
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
      color: OVERLAY_COLORS.text,
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
