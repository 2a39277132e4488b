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

/** A publishable image is at least this wide (in canvas pixels), whatever the window. */
export const MIN_CAPTURE_WIDTH = 1600;
/** MapLibre's default maxCanvasSize: it would quietly lower any larger ratio itself. */
export const MAX_CAPTURE_SIDE = 4096;
/** Software WebGL draws a frame in time proportional to its pixels; beyond this a capture drags on. */
export const MAX_CAPTURE_PIXELS = 4096 * 2560;
/** How long to wait for the map to finish drawing at the new ratio before taking what it has. */
export const IDLE_TIMEOUT_MS = 10_000;

/**
 * The pixel ratio to draw the map at for the image: twice the CSS size, or more so the image is at
 * least MIN_CAPTURE_WIDTH wide, and never below the screen's own ratio; capped so no side exceeds
 * `maxSide` (the GPU's limit) nor MAX_CAPTURE_SIDE and the whole stays within MAX_CAPTURE_PIXELS.
 * Rounded to hundredths — up for the wish, down for the caps — because MapLibre floors the canvas
 * size, and 1600/375 exactly would give a 1599 px image.
 */
export function captureRatio(cssWidth: number, cssHeight: number, currentRatio: number, maxSide: number): number {
  if (!(cssWidth > 0) || !(cssHeight > 0)) return currentRatio;
  const wanted = Math.max(2, currentRatio, Math.ceil((MIN_CAPTURE_WIDTH / cssWidth) * 100) / 100);
  const side = Math.min(MAX_CAPTURE_SIDE, maxSide > 0 ? maxSide : MAX_CAPTURE_SIDE);
  const cap = Math.min(side / cssWidth, side / cssHeight, Math.sqrt(MAX_CAPTURE_PIXELS / (cssWidth * cssHeight)));
  return Math.min(wanted, Math.floor(cap * 100) / 100);
}

/** The largest canvas side this GPU can draw into (renderbuffer, texture and viewport limits). */
export function glMaxSide(canvas: HTMLCanvasElement): number {
  // The map's canvas already has its context; asking again returns that same one, never a new one.
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return MAX_CAPTURE_SIDE;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as ArrayLike<number> | null;
  const limits = [
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    viewport?.[0] ?? MAX_CAPTURE_SIDE,
    viewport?.[1] ?? MAX_CAPTURE_SIDE,
  ].filter((n) => Number.isFinite(n) && n > 0);
  return limits.length > 0 ? Math.min(...limits) : MAX_CAPTURE_SIDE;
}

export interface SharpCapturableMap extends CapturableMap, Pick<MapLibreMap, 'off' | 'getPixelRatio' | 'getContainer'> {
  /** MapLibre documents null as "follow devicePixelRatio again"; its typing says only number. */
  setPixelRatio(ratio: number | null): void;
}

export interface SharpCapture {
  canvas: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel of the image actually taken (MapLibre may have lowered the ratio). */
  pixelRatio: number;
}

/** Resolves on the map's next 'idle' or after `timeoutMs`, whichever comes first; never rejects. */
function idleOrTimeout(map: SharpCapturableMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    map.once('idle', done);
  });
}

/**
 * The map drawn at captureRatio, copied, and the screen's ratio put back. The same map is redrawn
 * rather than a hidden copy made: a copy would have to rebuild the style, reload every source and
 * replay the feature-state (shown, recent, selected ring) the adapter has set, which is slower on
 * software WebGL and could disagree with the screen. The visible map only gets sharper for a moment.
 * The ratio is restored whatever happens, so a failed capture leaves the map as it was.
 */
export async function captureSharpMap(
  map: SharpCapturableMap,
  options: CaptureOptions & { maxSide?: number; idleTimeoutMs?: number } = {},
): Promise<SharpCapture> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const before = map.getPixelRatio();
  const ratio = captureRatio(cssWidth, container.clientHeight, before, options.maxSide ?? glMaxSide(map.getCanvas()));
  const taken = (canvas: HTMLCanvasElement): SharpCapture => ({
    canvas,
    pixelRatio: cssWidth > 0 ? canvas.width / cssWidth : before,
  });
  if (ratio === before) return taken(await captureMapCanvas(map, options));
  // Left as MapLibre had it (following the screen) unless a ratio had been set on purpose.
  const restore = before === globalThis.devicePixelRatio ? null : before;
  try {
    const drawn = idleOrTimeout(map, options.idleTimeoutMs ?? IDLE_TIMEOUT_MS);
    map.setPixelRatio(ratio);
    map.triggerRepaint();
    await drawn;
    return taken(await captureMapCanvas(map, options));
  } finally {
    map.setPixelRatio(restore);
  }
}
