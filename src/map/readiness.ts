import type { Map as MlMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for automation and debugging (documented in the README). */
    __borderMap?: MlMap;
  }
}

export const READY_MARK = 'border-map-ready';

/*
 * Tests and benchmarks wait on `<html data-map-ready="true">`. `idle` alone is not enough: it never
 * fires again if the map is already idle when we start listening, so we poll the map's own state.
 */
export function signalWhenReady(map: MlMap, appReady: () => boolean): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (cancelled) return;
    if (appReady() && map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
      document.documentElement.dataset.mapReady = 'true';
      // A performance mark lets benchmarks read "navigation → ready" off the page's own clock.
      performance.mark(READY_MARK);
      return;
    }
    timer = setTimeout(check, 50);
  };
  map.once('load', check);
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    delete document.documentElement.dataset.mapReady;
  };
}
