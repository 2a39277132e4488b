import type { Map as MapLibreMap } from 'maplibre-gl';
import { metersPerPixel } from '../model/scaleReading';
import { MAX_CAPTURE_SIDE } from './captureMap';

/** One frame of the map for the video recorder: its pixels and what the scale bar needs. */
export interface MapFrame {
  canvas: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel. */
  pixelRatio: number;
  /** Metres on the ground per CSS pixel at the map's centre. */
  metersPerPixel: number;
}

type FrameMap = Pick<MapLibreMap, 'once' | 'off' | 'triggerRepaint' | 'getCanvas' | 'getPixelRatio' | 'getCenter' | 'getZoom'>;

/**
 * The map as drawn once it has finished drawing the current state: a repaint is requested and the
 * copy is made in the 'idle' handler. MapLibre fires 'idle' in the same task as the last render
 * (nothing more to load or place), before the browser composites, so the drawing buffer (not
 * preserved, see captureMap.ts) still holds that frame. The repaint makes sure an 'idle' comes even
 * when the new date changed nothing on the map. No timeout: while the tab is hidden the map does
 * not draw, and the recorder (paused meanwhile) simply waits for it.
 */
export function drawnFrame(map: FrameMap, into: HTMLCanvasElement): Promise<MapFrame> {
  return new Promise((resolve, reject) => {
    map.once('idle', () => {
      try {
        const source = map.getCanvas();
        if (into.width !== source.width) into.width = source.width;
        if (into.height !== source.height) into.height = source.height;
        const ctx = into.getContext('2d');
        if (!ctx) throw new Error('This browser gave no 2D canvas context.');
        ctx.drawImage(source, 0, 0);
        const center = map.getCenter();
        resolve({ canvas: into, pixelRatio: map.getPixelRatio(), metersPerPixel: metersPerPixel(center.lat, map.getZoom()) });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    map.triggerRepaint();
  });
}

export interface MapFrameSource {
  /** The map once it has drawn the current state, copied into `into`. */
  next(into: HTMLCanvasElement): Promise<MapFrame>;
  /** Puts the map's pixel ratio back as it was. */
  release(): void;
}

type RatioMap = FrameMap & Pick<MapLibreMap, 'getContainer'> & { setPixelRatio(ratio: number | null): void };

/**
 * The pixel ratio at which the whole map, fitted inside a `box` of frame pixels (as the video's
 * layout fits it: all of the on-screen view, letterboxed, never cropped), has at least as many
 * canvas pixels as it takes in the frame: the map is then scaled down into the frame, never blown
 * up and blurred. Never below the current ratio; within MAX_CAPTURE_SIDE.
 */
export function frameRatio(cssWidth: number, cssHeight: number, current: number, box: { width: number; height: number }): number {
  if (!(cssWidth > 0 && cssHeight > 0 && box.width > 0 && box.height > 0)) return current;
  // Fitted whole: the side that meets the box's edge sets the scale.
  const needed = Math.min(box.width / cssWidth, box.height / cssHeight);
  const cap = MAX_CAPTURE_SIDE / Math.max(cssWidth, cssHeight);
  return Math.max(current, Math.min(Math.ceil(needed * 100 - 1e-9) / 100, Math.floor(cap * 100) / 100));
}

/**
 * Sets the map's pixel ratio for the recording (the visible map is drawn sharper meanwhile, as for
 * the PNG) and hands out frames; `release` restores the ratio, following the screen again unless
 * one had been set on purpose.
 */
export function mapFrameSource(
  map: RatioMap,
  box: { width: number; height: number },
  /** Brings what the map defers (the count labels) up to the current date before a frame is taken. */
  beforeFrame: () => void = () => undefined,
): MapFrameSource {
  const before = map.getPixelRatio();
  const container = map.getContainer();
  const ratio = frameRatio(container.clientWidth, container.clientHeight, before, box);
  if (ratio !== before) map.setPixelRatio(ratio);
  return {
    next: (into) => {
      beforeFrame();
      return drawnFrame(map, into);
    },
    release: () => {
      if (ratio !== before) map.setPixelRatio(before === globalThis.devicePixelRatio ? null : before);
    },
  };
}
