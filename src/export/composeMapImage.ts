/*
 * Builds the "Download PNG" image: the map as rendered, at full resolution, between a header (title,
 * date, selected event, the pre-2025 caveat) and a footer (legend, scale bar, credits). The licences of the map data (ODbL, CC BY) require the credits to
 * travel with any copy of the map, and a screenshot without date and legend is easy to misquote.
 *
 * The geometry comes from overlayLayout, which is pure so it can be tested without a canvas; this
 * file only draws what it is told and encodes the result.
 */
import { type CreateCanvas, createCanvas } from './canvas';
import { OVERLAY_COLORS } from './overlayColors';
import { overlayLayout } from './overlayLayout';
import type { MapOverlay, ScaleBarLine, Swatch, TextRun } from './overlayTypes';

/** Anything drawImage accepts that also knows its pixel size: a canvas, an ImageBitmap… */
export type MapImage = CanvasImageSource & { readonly width: number; readonly height: number };

function circle(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  ctx.arc(cx, cy, Math.max(0.5, r), 0, 2 * Math.PI);
}

/** A legend sample, drawn the way the map draws the thing it stands for. */
export function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch): void {
  const { x, y, width: w, height: h } = s.box;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const line = Math.max(1, h * 0.22);
  ctx.save();
  ctx.setLineDash([]);
  switch (s.kind) {
    case 'area':
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.fillStyle = s.color;
      ctx.fill();
      ctx.lineWidth = Math.max(1, line / 2);
      ctx.strokeStyle = s.outline ?? s.color;
      ctx.stroke();
      break;
    case 'line':
    case 'dashed':
      // A white casing under the line, as the border has on the map, keeps it visible on any fill.
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + w, cy);
      ctx.lineCap = 'butt';
      ctx.strokeStyle = OVERLAY_COLORS.halo;
      ctx.lineWidth = line * 2;
      ctx.stroke();
      if (s.kind === 'dashed') ctx.setLineDash([w / 5, w / 8]);
      ctx.strokeStyle = s.color;
      ctx.lineWidth = line;
      ctx.stroke();
      break;
    case 'ring':
      circle(ctx, cx, cy, h / 2 - line / 2);
      ctx.fillStyle = OVERLAY_COLORS.halo;
      ctx.fill();
      ctx.lineWidth = line;
      ctx.strokeStyle = s.color;
      ctx.stroke();
      if (s.outline) {
        circle(ctx, cx, cy, h / 2 - line * 1.5);
        ctx.lineWidth = Math.max(1, line / 2);
        ctx.strokeStyle = s.outline;
        ctx.stroke();
      }
      break;
    case 'disc':
      circle(ctx, cx, cy, h * 0.38);
      ctx.fillStyle = s.color;
      ctx.fill();
      ctx.lineWidth = Math.max(1, line / 2);
      ctx.strokeStyle = s.outline ?? OVERLAY_COLORS.halo;
      ctx.stroke();
      break;
    case 'star': {
      const outer = h / 2;
      const inner = outer * 0.45;
      ctx.beginPath();
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? outer : inner;
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        if (k === 0) ctx.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
        else ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
      }
      ctx.closePath();
      ctx.fillStyle = s.color;
      ctx.fill();
      ctx.lineWidth = Math.max(1, line / 3);
      ctx.strokeStyle = s.outline ?? OVERLAY_COLORS.halo;
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

/** A bar with end ticks, as MapLibre's scale control draws it. */
export function drawScaleBar(ctx: CanvasRenderingContext2D, bar: ScaleBarLine, lineWidth: number): void {
  ctx.save();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(bar.x, bar.y - bar.tick);
  ctx.lineTo(bar.x, bar.y);
  ctx.lineTo(bar.x + bar.width, bar.y);
  ctx.lineTo(bar.x + bar.width, bar.y - bar.tick);
  ctx.lineWidth = lineWidth;
  ctx.lineCap = 'square';
  ctx.strokeStyle = OVERLAY_COLORS.text;
  ctx.stroke();
  ctx.restore();
}

export interface ComposedImage {
  canvas: HTMLCanvasElement;
  /** Every line of text burnt into the image, in drawing order: what a reader of the PNG can read. */
  texts: string[];
}

/**
 * A new canvas as wide as the map image with the header above it, the map 1:1, and the footer below.
 * Fonts must be loaded before calling (document.fonts.load) or the fallback face is used.
 */
export function composeMapImage(mapCanvas: MapImage, overlay: MapOverlay, newCanvas: CreateCanvas = createCanvas): ComposedImage {
  const dpr = overlay.pixelRatio ?? (globalThis.devicePixelRatio || 1);
  // Measured on a scratch context first: the layout decides the canvas's height.
  const scratch = newCanvas(1, 1).getContext('2d');
  if (!scratch) throw new Error('Cannot compose the map image: this browser gave no 2D canvas context.');
  const layout = overlayLayout(mapCanvas.width, mapCanvas.height, dpr, overlay, (text, f) => {
    scratch.font = f.css;
    return scratch.measureText(text).width;
  });

  const canvas = newCanvas(layout.width, layout.height);
  // An injected canvas need not honour the size it was asked for.
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Cannot compose the map image: this browser gave no 2D canvas context.');
  ctx.fillStyle = OVERLAY_COLORS.band;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  ctx.drawImage(mapCanvas, map.x, map.y, map.width, map.height);
  // A hairline where the map meets each band.
  ctx.fillStyle = OVERLAY_COLORS.boxStroke;
  const hair = Math.max(1, Math.round(layout.scale));
  ctx.fillRect(0, map.y - hair, layout.width, hair);
  ctx.fillRect(0, map.y + map.height, layout.width, hair);

  drawOverlayMarks(ctx, layout, Math.max(1, 1.5 * layout.scale));
  return { canvas, texts: layout.texts.map((run) => run.text) };
}

/** A laid-out overlay's key samples, scale bar and words: the PNG's bands and the video's column alike. */
export function drawOverlayMarks(
  ctx: CanvasRenderingContext2D,
  layout: { swatches: readonly Swatch[]; scaleBar: ScaleBarLine | null; texts: readonly TextRun[] },
  scaleLineWidth: number,
): void {
  for (const swatch of layout.swatches) drawSwatch(ctx, swatch);
  if (layout.scaleBar) drawScaleBar(ctx, layout.scaleBar, scaleLineWidth);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const run of layout.texts) {
    ctx.font = run.font.css;
    ctx.fillStyle = run.color;
    ctx.fillText(run.text, run.x, run.y);
  }
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
