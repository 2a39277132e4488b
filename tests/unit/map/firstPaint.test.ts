import type { Map as MlMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT_HOLD_MS, holdFirstPaint } from '../../../src/map/firstPaint';

/** The few parts of a MapLibre map the hold touches: its painter, its load state and repaint. */
function fakeMap() {
  const painted: number[] = [];
  const state = { loaded: false, tiles: false, moving: false, repaints: 0 };
  const painter = {
    frame: 0,
    render(n: number) {
      // `this` must stay the painter: MapLibre's render reads its own fields.
      painted.push(n + this.frame);
    },
  };
  const map = {
    painter,
    loaded: () => state.loaded,
    areTilesLoaded: () => state.tiles,
    isMoving: () => state.moving,
    triggerRepaint: () => {
      state.repaints++;
    },
  };
  return { map: map as unknown as MlMap, painter, painted, state };
}

describe('holdFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('paints nothing until the app is ready and every source has loaded, then every frame', () => {
    const { map, painter, painted, state } = fakeMap();
    let appReady = false;
    const hold = holdFirstPaint(map, () => appReady);
    painter.render(1);
    state.loaded = true;
    painter.render(2);
    appReady = true;
    painter.render(3); // tiles still loading
    expect(painted).toEqual([]);
    expect(hold.held()).toBe(true);
    state.tiles = true;
    painter.render(4);
    painter.render(5);
    expect(painted).toEqual([4, 5]);
    expect(hold.held()).toBe(false);
  });

  it('waits for a camera move to end (a link that opens elsewhere), so the first picture is where it stops', () => {
    const { map, painter, painted, state } = fakeMap();
    holdFirstPaint(map, () => true);
    state.loaded = true;
    state.tiles = true;
    state.moving = true;
    painter.render(1);
    expect(painted).toEqual([]);
    state.moving = false;
    painter.render(2);
    expect(painted).toEqual([2]);
  });

  it('lets go after the hold time whatever happens, and asks for a frame', () => {
    const { map, painter, painted, state } = fakeMap();
    holdFirstPaint(map, () => false);
    painter.render(1);
    vi.advanceTimersByTime(FIRST_PAINT_HOLD_MS - 1);
    expect(state.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.repaints).toBe(1);
    painter.render(2);
    expect(painted).toEqual([2]);
  });

  it('is undone by its release, e.g. when the map is removed', () => {
    const { map, painter, painted } = fakeMap();
    const hold = holdFirstPaint(map, () => false);
    expect(hold.held()).toBe(true);
    hold.release();
    expect(hold.held()).toBe(false);
    painter.render(7);
    expect(painted).toEqual([7]);
    vi.advanceTimersByTime(FIRST_PAINT_HOLD_MS);
  });

  it('holds nothing when MapLibre has no painter.render (a renamed internal)', () => {
    const map = { loaded: () => false, areTilesLoaded: () => false, triggerRepaint: vi.fn() } as unknown as MlMap;
    const hold = holdFirstPaint(map, () => false);
    expect(hold.held()).toBe(false);
    expect(() => hold.release()).not.toThrow();
  });
});
