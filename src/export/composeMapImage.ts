/*
 * Builds the "Download PNG" image: the map as rendered, at full resolution, with the title, date,
 * legend and attribution burnt in. The licences of the map data (ODbL, CC BY) require the credits to
 * travel with any copy of the map, and a screenshot without date and legend is easy to misquote.
 *
 * The geometry comes from overlayLayout, which is pure so it can be tested without a canvas; this
 * file only draws what it is told and encodes the result.
 */
import { type CreateCanvas, createCanvas } from './canvas';
import { OVERLAY_COLORS } from './overlayColors';
import { overlayLayout } from './overlayLayout';
import type { MapOverlay, Rect } from './overlayTypes';

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
  newCanvas: CreateCanvas = createCanvas,
): HTMLCanvasElement {
  const { width, height } = mapCanvas;
  const canvas = newCanvas(width, height);
  // An injected canvas need not honour the size it was asked for.
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
    ctx.fillStyle = OVERLAY_COLORS.boxFill;
    ctx.fill();
    ctx.strokeStyle = OVERLAY_COLORS.boxStroke;
    ctx.stroke();
  }
  for (const dot of layout.dots) {
    ctx.beginPath();
    ctx.arc(dot.cx, dot.cy, dot.r, 0, 2 * Math.PI);
    ctx.fillStyle = dot.color;
    ctx.fill();
    ctx.strokeStyle = OVERLAY_COLORS.dotRing;
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
