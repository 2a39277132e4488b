import type { Map as MlMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for automation and debugging (documented in the README). */
    __borderMap?: MlMap;
  }
}

export const READY_MARK = 'border-map-ready';

/** How long work that waits for the first map waits at most, if the map never gets there. */
export const FIRST_MAP_WAIT_MS = 10_000;

let settleFirstMap: () => void = () => undefined;
/**
 * Settles once the first map of the page is drawn, or cannot be (no WebGL). Work the first picture
 * does not need waits for it: while a cold load waits on MapLibre's worker the main thread looks
 * idle, and an idle callback fired then (print fonts, image code, the border outlines) competed
 * with the map for the main thread and the network.
 */
const firstMap = new Promise<void>((resolve) => {
  settleFirstMap = resolve;
});

export function markFirstMapSettled(): void {
  settleFirstMap();
}

/** Runs `task` when the browser is idle after the first map (or after FIRST_MAP_WAIT_MS); returns a cancel. */
export function whenIdleAfterFirstMap(task: () => void, idleTimeoutMs = 2000): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const fallback = setTimeout(settleFirstMap, FIRST_MAP_WAIT_MS);
  void firstMap.then(() => {
    clearTimeout(fallback);
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(task, { timeout: idleTimeoutMs });
    else idle = window.setTimeout(task, 0);
  });
  return () => {
    cancelled = true;
    clearTimeout(fallback);
    if (idle === undefined) return;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}

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
      markFirstMapSettled();
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
