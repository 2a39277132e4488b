import type { Map as MlMap } from 'maplibre-gl';

/** How long the first paint may wait for the sources before the map paints what it has. */
export const FIRST_PAINT_HOLD_MS = 4000;

type Render = (...args: unknown[]) => void;

/**
 * Holds the map's painting until it can draw the whole first picture. While a cold load brings in
 * its dozen sources, MapLibre paints a frame each time one arrives: 10–13 frames before the first
 * complete one (bench, this machine), each a full-canvas draw that software WebGL pays for with
 * the main thread waiting. Only the paint is held: tile requests, symbol placement and the map's
 * events carry on as usual, so 'load', 'idle' and readiness are unchanged. It lets go when `ready()`
 * (the app has applied the record) and the map has loaded, or after FIRST_PAINT_HOLD_MS whatever
 * happens (a source that never answers costs its layer, not the map).
 *
 * MapLibre has no public switch for this; `painter.render` is internal. If a version renames it,
 * nothing is held and the map paints as before (tests/unit/map/firstPaint.test.ts and the bench's
 * frame count would show it).
 */
export interface FirstPaintHold {
  /** Stops holding (the map is going away, or the first picture is drawn). */
  release: () => void;
  /** Whether the first paint is still held: nothing of the map is on screen yet. */
  held: () => boolean;
}

export function holdFirstPaint(map: MlMap, ready: () => boolean, holdMs = FIRST_PAINT_HOLD_MS): FirstPaintHold {
  const painter = (map as unknown as { painter?: { render?: Render } }).painter;
  const original = painter?.render;
  if (!painter || typeof original !== 'function') return { release: () => undefined, held: () => false };
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    painter.render = original;
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    release();
    map.triggerRepaint();
  }, holdMs);
  painter.render = function holding(this: unknown, ...args: unknown[]) {
    if (ready() && map.loaded() && map.areTilesLoaded() && !map.isMoving()) release();
    if (!held) original.apply(this, args);
  };
  return { release, held: () => held };
}
