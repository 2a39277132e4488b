import type { Map as MapLibreMap } from 'maplibre-gl';
import { type CreateCanvas, createCanvas as domCanvas } from '../export/canvas';

export type CapturableMap = Pick<MapLibreMap, 'once' | 'triggerRepaint' | 'getCanvas'>;

export interface CaptureOptions {
  /** How long to wait for a frame before giving up. */
  timeoutMs?: number;
  createCanvas?: CreateCanvas;
}

export const CAPTURE_TIMEOUT_MS = 5_000;

/**
 * A 2D copy of what the map shows, at the canvas's full (device-pixel) resolution.
 *
 * The map's WebGL context is created without preserveDrawingBuffer (keeping it costs memory and
 * frame rate on every frame, for a button pressed rarely), so the browser may clear the drawing
 * buffer as soon as a frame has been composited: reading it from a click handler gives a blank or
 * stale image. MapLibre fires 'render' synchronously right after drawing, in the same task, while
 * the buffer still holds the frame — so a repaint is requested and the copy is made in that handler.
 */
export function captureMapCanvas(map: CapturableMap, options: CaptureOptions = {}): Promise<HTMLCanvasElement> {
  const timeoutMs = options.timeoutMs ?? CAPTURE_TIMEOUT_MS;
  const createCanvas = options.createCanvas ?? domCanvas;
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(
        new Error(
          `The map did not draw a frame within ${Math.round(timeoutMs / 1000)} s, so no image could be taken. ` +
            'The tab may be in the background or WebGL may be unavailable.',
        ),
      );
    }, timeoutMs);

    map.once('render', () => {
      // A frame after the timeout must not copy pixels for a caller that has already been told no.
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        const source = map.getCanvas();
        const copy = createCanvas(source.width, source.height);
        const ctx = copy.getContext('2d');
        if (!ctx) throw new Error('Cannot capture the map: this browser gave no 2D canvas context.');
        ctx.drawImage(source, 0, 0);
        resolve(copy);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    map.triggerRepaint();
  });
}
