import { describe, expect, it } from 'vitest';
import { connectStore } from '../../../src/map/connectStore';
import { MapAdapter, type MapSurface } from '../../../src/map/mapAdapter';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { indexLayers } from '../../../src/map/style/layerTags';
import { statusLanes } from '../../../src/model/crossingStatus';
import { toDayNumber } from '../../../src/model/days';
import type { LoadedData } from '../../../src/model/loadedData';
import { sheetHeights } from '../../../src/model/sheetSnap';
import { createAppStore } from '../../../src/state/store';
import { makeEvent, timed } from '../../helpers/makeEvent';

/** Only the camera calls: what the phone's sheet makes the map do. */
function fakeMap() {
  const calls: Array<[string, ...unknown[]]> = [];
  const map = {
    getSource: () => ({ setData: () => undefined }),
    setLayerZoomRange: () => undefined,
    setFeatureState: () => undefined,
    removeFeatureState: () => undefined,
    setLayoutProperty: () => undefined,
    getLayoutProperty: () => 'visible',
    easeTo: (o: unknown) => calls.push(['easeTo', o]),
    jumpTo: (o: unknown) => calls.push(['jumpTo', o]),
    fitBounds: (b: unknown, o: unknown) => calls.push(['fitBounds', b, o]),
  };
  return { map: map as unknown as MapSurface, calls };
}

const LAYERS = indexLayers(buildStyle({ resolveUrl: (p) => p }).layers);
const events = timed(
  makeEvent({ id: 'a', date: '2021-04-28', location: [70.6, 40.0] }),
  makeEvent({ id: 'b', date: '2021-05-02', location: [71.2, 39.9] }),
);
const data: LoadedData = {
  events,
  sources: {},
  places: {},
  statusLanes: statusLanes([], {}),
  extent: { min: toDayNumber('2021-01-01'), max: toDayNumber('2022-12-31') },
};
const HEIGHTS = sheetHeights(667, 130);

function setup(reducedMotion = false) {
  const { map, calls } = fakeMap();
  const store = createAppStore();
  store.getState().setData(data, 0);
  store.getState().setDay(toDayNumber('2021-06-01'));
  // A map from y 0 to 367 in a 667 px viewport, as on a 375×667 phone scrolled to the map.
  const covered = (inset: number) => Math.max(0, 367 - (667 - inset));
  connectStore(store, new MapAdapter(map, LAYERS, reducedMotion), covered);
  calls.length = 0;
  return { store, calls };
}

describe('the phone sheet and the map', () => {
  it('does nothing to the camera where there is no sheet (a wide screen)', () => {
    const { store, calls } = setup();
    store.getState().select('a');
    store.getState().select('b');
    expect(calls).toEqual([]);
  });

  it('opens at half and centres the selection in the part of the map above the sheet', () => {
    const { store, calls } = setup();
    store.getState().setSheetSize('full');
    store.getState().select('a');
    expect(store.getState().sheetSize).toBe('half');
    store.getState().setSheetHeights(HEIGHTS);
    expect(calls).toEqual([
      ['easeTo', { padding: { top: 0, right: 0, left: 0, bottom: 34 }, center: [70.6, 40.0], duration: 300 }],
    ]);
    // Another event in the open sheet: centred too, the size kept.
    store.getState().setSheetSize('full');
    calls.length = 0;
    store.getState().select('b');
    expect(store.getState().sheetSize).toBe('full');
    expect(calls).toEqual([
      ['easeTo', { padding: { top: 0, right: 0, left: 0, bottom: 367 - 48 }, center: [71.2, 39.9], duration: 300 }],
    ]);
  });

  it('resizing the sheet moves the padding only, keeping the centre the reader chose', () => {
    const { store, calls } = setup();
    store.getState().select('a');
    store.getState().setSheetHeights(HEIGHTS);
    calls.length = 0;
    store.getState().setSheetSize('peek');
    expect(calls).toEqual([['easeTo', { padding: { top: 0, right: 0, left: 0, bottom: 0 }, duration: 300 }]]);
  });

  it('Zoom to drops the sheet to peek and frames with the peek’s padding, not gliding over the fit', () => {
    const { store, calls } = setup();
    store.getState().select('a');
    store.getState().setSheetHeights(HEIGHTS);
    calls.length = 0;
    const bounds: [number, number, number, number] = [70, 39.5, 71, 40.5];
    store.getState().fitTo(bounds, 10);
    expect(store.getState().sheetSize).toBe('peek');
    expect(calls.map((c) => c[0])).toEqual(['easeTo', 'fitBounds']);
    expect(calls[0]?.[1]).toEqual({ padding: { top: 0, right: 0, left: 0, bottom: 0 }, duration: 0 });
  });

  it('with reduced motion the map jumps instead of gliding', () => {
    const { store, calls } = setup(true);
    store.getState().select('a');
    store.getState().setSheetHeights(HEIGHTS);
    expect(calls).toEqual([
      ['easeTo', { padding: { top: 0, right: 0, left: 0, bottom: 34 }, center: [70.6, 40.0], duration: 0 }],
    ]);
  });

  it('a closed sheet gives the map its whole height back', () => {
    const { store, calls } = setup();
    store.getState().select('a');
    store.getState().setSheetHeights(HEIGHTS);
    calls.length = 0;
    store.getState().setSheetHeights(null);
    expect(calls).toEqual([['easeTo', { padding: { top: 0, right: 0, left: 0, bottom: 0 }, duration: 300 }]]);
  });
});
