import type { Map as MapLibreMap } from 'maplibre-gl';
import type { composeMapImage } from '../export/composeMapImage';
import type { OverlayContent } from '../export/overlayTypes';
import { metersPerPixel } from '../model/scaleReading';

/** Passed in rather than imported, so the image code stays out of the bundle that shows the map. */
export type ComposeMapImage = typeof composeMapImage;

/** Print is read closer than a screen: twice the CSS size, as long as no side passes MapLibre's default cap. */
const PRINT_RATIO = 2;
const MAX_SIDE = 4096;

/**
 * The map with its overlay (title, date, legend, scale, credits), composed within the calling task.
 * The browser's own print gives `beforeprint` no time to wait for a frame, and the drawing buffer
 * is not preserved (see captureMap.ts), so the map is redrawn synchronously (`redraw`) and copied
 * at once, before the browser can clear it. Its tiles are those already loaded: what the screen shows.
 */
export function snapshotMap(map: MapLibreMap, content: OverlayContent, compose: ComposeMapImage): HTMLCanvasElement {
  const container = map.getContainer();
  const { canvas, ratio } = copyMapNow(map);
  const center = map.getCenter();
  return compose(canvas, {
    ...content,
    pixelRatio: container.clientWidth > 0 ? canvas.width / container.clientWidth : ratio,
    metersPerPixel: metersPerPixel(center.lat, map.getZoom()),
  }).canvas;
}

/**
 * The map alone, copied within the calling task at print sharpness (see snapshotMap): what an
 * embed prints in place of its canvas, which a print would otherwise show blank.
 */
export function copyMapNow(map: MapLibreMap): { canvas: HTMLCanvasElement; ratio: number } {
  const container = map.getContainer();
  const side = Math.max(container.clientWidth, container.clientHeight, 1);
  const before = map.getPixelRatio();
  const ratio = Math.max(before, Math.min(PRINT_RATIO, Math.floor((MAX_SIDE / side) * 100) / 100));
  // MapLibre documents null as "follow devicePixelRatio again"; its typing says only number.
  const setRatio = map.setPixelRatio.bind(map) as (r: number | null) => void;
  try {
    if (ratio !== before) setRatio(ratio);
    map.redraw();
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('this browser gave no 2D canvas context');
    ctx.drawImage(source, 0, 0);
    return { canvas: copy, ratio };
  } finally {
    if (ratio !== before) setRatio(before === globalThis.devicePixelRatio ? null : before);
  }
}
