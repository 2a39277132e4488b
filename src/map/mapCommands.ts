import type { Map as MlMap } from 'maplibre-gl';
import type { MapOverlay } from '../export/composeMapImage';

/**
 * One-off requests the views make of the map (as opposed to state, which flows through the
 * store and the adapter). Views call these functions and never see the MapLibre instance.
 */
let current: MlMap | null = null;

export function setCommandMap(map: MlMap | null): void {
  current = map;
}

/** The map as a PNG, with the overlay (title, date, legend, credits) burned in, at the canvas's size. */
export async function mapImagePng(overlay: Omit<MapOverlay, 'pixelRatio'>): Promise<Blob> {
  const map = current;
  if (!map) throw new Error('the map is not ready');
  // The overlay text is drawn with the app's font; make sure it is loaded, or the fallback is used.
  await document.fonts?.load('16px "Noto Sans"').catch(() => undefined);
  // Loaded on first use: the image code is not needed to show the map.
  const [{ captureMapCanvas }, { canvasToPngBlob, composeMapImage }] = await Promise.all([
    import('./captureMap'),
    import('../export/composeMapImage'),
  ]);
  const canvas = await captureMapCanvas(map);
  return canvasToPngBlob(composeMapImage(canvas, { ...overlay, pixelRatio: map.getPixelRatio() }));
}
