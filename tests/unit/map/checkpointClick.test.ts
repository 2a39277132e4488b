import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { connectStore } from '../../../src/map/connectStore';
import { bindInteractions } from '../../../src/map/interactions';
import { MapAdapter, type MapSurface } from '../../../src/map/mapAdapter';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { indexLayers } from '../../../src/map/style/layerTags';
import { statusLanes } from '../../../src/model/crossingStatus';
import type { LoadedData } from '../../../src/model/loadedData';
import { timeExtent } from '../../../src/model/timedEvent';
import { createAppStore } from '../../../src/state/store';
import { makeEvent, timed } from '../../helpers/makeEvent';

/** The style's own layer lists, read from its tags as the map controller reads them. */
const LAYERS = indexLayers(buildStyle({ resolveUrl: (p) => p }).layers);

const events = timed(makeEvent({ id: 'clash', date: '2021-04-28' }));
const data: LoadedData = {
  events,
  sources: {},
  places: { 'cp-a': { id: 'cp-a', name: { en: 'A – B' }, kind: 'checkpoint' } },
  statusLanes: statusLanes([], { 'cp-b': [{ status: 'open', from: '2020-01-01', sources: ['s'] }] }),
  extent: timeExtent(events),
};

function loadedStore() {
  const store = createAppStore();
  store.getState().setData(data, 0);
  return store;
}

type Hit = { properties: { id: string }; state: Record<string, unknown> };

/** A map whose rendered features, per layer, are whatever the test puts under the click. */
function fakeMap(hits: Record<string, Hit[]>) {
  const handlers = new Map<string, (e: unknown) => void>();
  const canvas = { style: { cursor: '' } };
  const map = {
    getLayer: (id: string) => LAYERS.groups.checkpoints.includes(id) || LAYERS.groups.events.includes(id),
    queryRenderedFeatures: (_at: unknown, options: { layers: string[] }) => options.layers.flatMap((id) => hits[id] ?? []),
    on: (type: string, layerOrHandler: unknown, handler?: (e: unknown) => void) => {
      if (typeof layerOrHandler === 'string' && handler) handlers.set(`${type}:${layerOrHandler}`, handler);
      else handlers.set(type, layerOrHandler as (e: unknown) => void);
    },
    off: () => undefined,
    once: () => undefined,
    getCanvas: () => canvas,
  };
  const click = () => handlers.get('click')?.({ point: { x: 100, y: 100 } });
  return { map: map as unknown as MlMap, click, handlers, canvas };
}

const checkpointHit = (id: string): Hit => ({ properties: { id }, state: {} });
const eventHit = (id: string, shown = true): Hit => ({ properties: { id }, state: { shown } });

describe('a click on a checkpoint', () => {
  it('selects the crossing it hits', () => {
    const store = loadedStore();
    const { map, click } = fakeMap({ 'checkpoints-symbol': [checkpointHit('cp-b')] });
    bindInteractions(map, LAYERS, () => store.getState());
    click();
    expect(store.getState()).toMatchObject({ selectedCheckpoint: 'cp-b', selectedId: null });
  });

  it('leaves it to the event marker drawn over it when both are hit', () => {
    const store = loadedStore();
    const { map, click } = fakeMap({ 'checkpoints-symbol': [checkpointHit('cp-b')], 'events-circle': [eventHit('clash')] });
    bindInteractions(map, LAYERS, () => store.getState());
    click();
    expect(store.getState()).toMatchObject({ selectedCheckpoint: null, selectedId: 'clash' });
  });

  it('still reaches the crossing under an event hidden at the date', () => {
    const store = loadedStore();
    const { map, click } = fakeMap({
      'checkpoints-symbol': [checkpointHit('cp-a')],
      'events-circle': [eventHit('clash', false)],
    });
    bindInteractions(map, LAYERS, () => store.getState());
    click();
    expect(store.getState().selectedCheckpoint).toBe('cp-a');
  });

  it('shows the pointer over the checkpoint symbols', () => {
    const store = loadedStore();
    const { map, handlers, canvas } = fakeMap({});
    bindInteractions(map, LAYERS, () => store.getState());
    handlers.get('mouseenter:checkpoints-symbol')?.({});
    expect(canvas.style.cursor).toBe('pointer');
    handlers.get('mouseleave:checkpoints-symbol')?.({});
    expect(canvas.style.cursor).toBe('');
  });
});

describe('the selected checkpoint on the map', () => {
  it('is feature-state on the checkpoints source, moved on a new selection and cleared by an event', () => {
    const calls: unknown[][] = [];
    const surface = {
      getSource: () => ({ setData: () => undefined }),
      setLayerZoomRange: () => undefined,
      setFeatureState: (f: unknown, s: unknown) => calls.push([f, s]),
      removeFeatureState: () => undefined,
      setLayoutProperty: () => undefined,
      getLayoutProperty: () => 'visible',
      easeTo: () => undefined,
      jumpTo: () => undefined,
      fitBounds: () => undefined,
    } as unknown as MapSurface;
    const store = loadedStore();
    connectStore(store, new MapAdapter(surface, LAYERS));
    const selections = () =>
      calls
        .filter(([f, s]) => (f as { source: string }).source === 'checkpoints' && 'selected' in (s as object))
        .map(([f, s]) => [(f as { id: string }).id, (s as { selected: boolean }).selected]);
    store.getState().selectCheckpoint('cp-a');
    store.getState().selectCheckpoint('cp-b');
    store.getState().select('clash');
    expect(selections()).toEqual([
      ['cp-a', true],
      ['cp-a', false],
      ['cp-b', true],
      ['cp-b', false],
    ]);
  });
});
