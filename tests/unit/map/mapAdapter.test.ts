import { describe, expect, it, vi } from 'vitest';
import { connectStore } from '../../../src/map/connectStore';
import { eventsToFeatureCollection, markerRadius } from '../../../src/map/eventFeatures';
import type { EventGrid } from '../../../src/map/eventGrid';
import { labelText } from '../../../src/map/labelText';
import { LABEL_SETTLE_MS, MapAdapter, type MapSurface } from '../../../src/map/mapAdapter';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { DENSE_DETAIL_ZOOM } from '../../../src/map/style/eventLayers';
import { indexLayers } from '../../../src/map/style/layerTags';
import { TimeVisibility } from '../../../src/map/timeVisibility';
import { statusLanes } from '../../../src/model/crossingStatus';
import { toDayNumber } from '../../../src/model/days';
import { DENSE_RECORD_SIZE } from '../../../src/model/layerGroup';
import type { LoadedData } from '../../../src/model/loadedData';
import { createAppStore } from '../../../src/state/store';
import { makeEvent, timed } from '../../helpers/makeEvent';

/** Records every call the adapter makes, in order. */
function fakeMap() {
  const calls: Array<[string, ...unknown[]]> = [];
  const layout = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => ({ setData: (data: unknown) => calls.push(['setData', data, id]) }),
    setLayerZoomRange: (id: string, min: number, max: number) => calls.push(['setLayerZoomRange', id, min, max]),
    setFeatureState: (f: unknown, s: unknown) => calls.push(['setFeatureState', f, s]),
    removeFeatureState: (f: unknown) => calls.push(['removeFeatureState', f]),
    setLayoutProperty: (id: string, k: string, v: unknown) => {
      layout.set(`${id}|${k}`, v);
      calls.push(['setLayoutProperty', id, k, v]);
    },
    // As MapLibre does: what was set, else the style's own value; an unset visibility reads undefined.
    getLayoutProperty: (id: string, k: string) =>
      layout.has(`${id}|${k}`)
        ? layout.get(`${id}|${k}`)
        : (STYLE_LAYERS.find((l) => l.id === id)?.layout as Record<string, unknown> | undefined)?.[k],
    easeTo: (o: unknown) => calls.push(['easeTo', o]),
    jumpTo: (o: unknown) => calls.push(['jumpTo', o]),
    fitBounds: (b: unknown, o: unknown) => calls.push(['fitBounds', b, o]),
  };
  return { map: map as unknown as MapSurface, calls };
}

const events = timed(
  makeEvent({
    id: 'a',
    date: '2021-04-28',
    category: 'clash',
    figures: [{ metric: 'killed', side: 'total', value: 100, qualifier: 'exact', source: 'src-a' }],
  }),
  makeEvent({ id: 'b', date: '2022-09', precision: 'month' }),
);

/** The style's own layer lists, as the map controller reads them from the layers' tags. */
const STYLE_LAYERS = buildStyle({ resolveUrl: (p) => p }).layers;
const LAYERS = indexLayers(STYLE_LAYERS);

describe('event features', () => {
  it('carry the id feature-state addresses, the category and a severity radius, and nothing no layer reads', () => {
    const fc = eventsToFeatureCollection(events);
    expect(fc.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(Object.keys(fc.features[0]?.properties ?? {}).sort()).toEqual(['category', 'id', 'imported', 'radius']);
    expect(fc.features[0]?.properties.radius).toBeGreaterThan(fc.features[1]?.properties.radius ?? 99);
    expect(markerRadius(0)).toBe(6);
    expect(markerRadius(1e9)).toBe(18);
  });
});

describe('TimeVisibility', () => {
  it('reports only the events whose shown/recent flags change', () => {
    const v = new TimeVisibility();
    v.reset(events);
    expect(v.update(toDayNumber('2021-04-27'), -1e9, 30)).toEqual([]);
    expect(v.update(toDayNumber('2021-04-28'), -1e9, 30)).toEqual([{ id: 'a', shown: true, recent: true }]);
    expect(v.update(toDayNumber('2021-05-10'), -1e9, 30)).toEqual([]);
    expect(v.update(toDayNumber('2021-06-01'), -1e9, 30)).toEqual([{ id: 'a', shown: true, recent: false }]);
    // Instant mode: a one-day event is gone the next day; the month event shows all month.
    expect(v.update(toDayNumber('2022-09-20'), toDayNumber('2022-09-20'), 30)).toEqual([
      { id: 'a', shown: false, recent: false },
      { id: 'b', shown: true, recent: true },
    ]);
  });
});

describe('MapAdapter + connectStore', () => {
  const data: LoadedData = {
    events,
    sources: {},
    places: {},
    statusLanes: statusLanes([], { 'cp-x': [{ status: 'closed', from: '2021-05-01', sources: ['s'] }] }),
    extent: { min: toDayNumber('2021-01-01'), max: toDayNumber('2022-12-31') },
  };
  const eventStates = (calls: Array<[string, ...unknown[]]>) =>
    calls
      .filter((c) => c[0] === 'setFeatureState' && (c[1] as { source: string }).source === 'events')
      .map((c) => [(c[1] as { id: string }).id, c[2]]);

  it('turns a date change into feature-state for just the events it shows or hides, never re-sending them', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    store.getState().setData(data, 0);
    store.getState().setDay(toDayNumber('2021-01-01'));
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().setDay(toDayNumber('2021-06-01'));
    expect(eventStates(calls)).toEqual([['a', { shown: true, recent: false }]]);
    expect(calls.some((c) => c[0] === 'setData')).toBe(false);
    expect(calls).toContainEqual(['setFeatureState', { source: 'checkpoints', id: 'cp-x' }, { status: 'closed' }]);
  });

  it('narrows to the window and instant modes by the same means', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    store.getState().setData(data, 0);
    store.getState().setDay(toDayNumber('2022-09-10'));
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().setMode('instant');
    expect(eventStates(calls)).toEqual([['a', { shown: false, recent: false }]]);
    calls.length = 0;
    store.getState().setMode('window');
    store.getState().setWindowMonths(24);
    expect(eventStates(calls)).toEqual([['a', { shown: true, recent: false }]]);
  });

  it('re-sends the events only when the filters change, and then only those that pass', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    store.getState().setData(data, 0);
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().setCategoryShown('clash', false);
    const sent = calls.filter((c) => c[0] === 'setData' && c[2] === 'events');
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const fc = sent[0]?.[1] as ReturnType<typeof eventsToFeatureCollection>;
    expect(fc.features.map((f) => f.id)).toEqual(['b']);
    // The old states are cleared and the remaining event is shown again at the current date.
    expect(calls).toContainEqual(['removeFeatureState', { source: 'events' }]);
    expect(eventStates(calls)).toEqual([['b', { shown: true, recent: false }]]);
  });

  it('draws a large record as exact counts per area when zoomed out, updated on every step', () => {
    vi.useFakeTimers();
    try {
      const { map, calls } = fakeMap();
      const adapter = new MapAdapter(map, LAYERS);
      adapter.setEvents(events);
      expect(calls.some((c) => c[0] === 'setLayerZoomRange')).toBe(false);
      const many = timed(
        ...Array.from({ length: DENSE_RECORD_SIZE + 1 }, (_, i) =>
          makeEvent({ id: `e-${i}`, date: i % 2 === 0 ? '2021-04-28' : '2022-09-14', location: [70.61 + (i % 3) * 0.1, 40.01] }),
        ),
      );
      adapter.setEvents(many);
      expect(calls).toContainEqual(['setLayerZoomRange', 'events-circle', DENSE_DETAIL_ZOOM, 24]);
      calls.length = 0;
      adapter.setTime(toDayNumber('2021-05-01'), -1e9);
      // Disc sizes follow at once, as feature-state, and the counts add up to the events shown.
      const counts = calls
        .filter((c) => c[0] === 'setFeatureState' && (c[1] as { source: string }).source === 'events-grid')
        .map((c) => (c[2] as { count: number }).count);
      expect(counts).toHaveLength(3);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(Math.ceil((DENSE_RECORD_SIZE + 1) / 2));
      expect(calls.some((c) => c[0] === 'setData')).toBe(false);
      // The number labels follow once the slider rests.
      vi.advanceTimersByTime(LABEL_SETTLE_MS);
      const labels = calls.filter((c) => c[0] === 'setData' && c[2] === 'events-grid').at(-1)?.[1] as ReturnType<
        EventGrid['collection']
      >;
      expect(labels.features.map((f) => f.properties.count).reduce((a, b) => a + b, 0)).toBe(
        Math.ceil((DENSE_RECORD_SIZE + 1) / 2),
      );
      expect(calls).toContainEqual(['setFeatureState', { source: 'events-grid', id: 0 }, { stale: false }]);
      adapter.setEvents(events);
      expect(calls).toContainEqual(['setLayerZoomRange', 'events-circle', 0, 24]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves the camera at once until the map has painted its first picture, then with motion', () => {
    const { map, calls } = fakeMap();
    let painted = false;
    const adapter = new MapAdapter(
      map,
      LAYERS,
      false,
      () => 40,
      null,
      () => painted,
    );
    adapter.moveTo({ center: [70.6, 40.0], zoom: 9 });
    adapter.moveTo({ bounds: [70, 39.5, 71, 40.5], maxZoom: 11 });
    expect(calls.filter((c) => c[0] === 'jumpTo')).toHaveLength(1);
    expect(calls.find((c) => c[0] === 'fitBounds')?.[2]).toMatchObject({ duration: 0 });
    calls.length = 0;
    painted = true;
    adapter.moveTo({ center: [70.6, 40.0], zoom: 9 });
    adapter.moveTo({ bounds: [70, 39.5, 71, 40.5], maxZoom: 11 });
    expect(calls.filter((c) => c[0] === 'easeTo')).toHaveLength(1);
    expect(calls.find((c) => c[0] === 'fitBounds')?.[2]).toMatchObject({ duration: 800 });
  });

  it("sends a new record's counts once, numbers written, without waiting for the slider to rest", () => {
    vi.useFakeTimers();
    try {
      const { map, calls } = fakeMap();
      const adapter = new MapAdapter(map, LAYERS);
      adapter.setTime(toDayNumber('2021-05-01'), -1e9);
      const stacked = timed(
        makeEvent({ id: 's1', date: '2021-04-28', location: [70.6, 40.0] }),
        makeEvent({ id: 's2', date: '2021-04-29', location: [70.6, 40.0] }),
        makeEvent({ id: 's3', date: '2022-04-29', location: [70.6, 40.0] }),
      );
      calls.length = 0;
      adapter.setEvents(stacked);
      const sends = () => calls.filter((c) => c[0] === 'setData' && c[2] === 'events-stacks');
      expect(sends()).toHaveLength(1);
      const sent = sends()[0]?.[1] as ReturnType<EventGrid['collection']>;
      // Two of the three are shown on 1 May 2021: the pin's label says 2 from the first send.
      expect(sent.features.map((f) => f.properties.count)).toEqual([2]);
      expect(calls.filter((c) => c[0] === 'setFeatureState' && (c[2] as { stale?: boolean }).stale === false)).toHaveLength(1);
      vi.advanceTimersByTime(LABEL_SETTLE_MS * 2);
      expect(sends()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes the count labels at once when asked (a video frame), and only when some are pending', () => {
    vi.useFakeTimers();
    try {
      const { map, calls } = fakeMap();
      const adapter = new MapAdapter(map, LAYERS);
      const stacked = timed(
        makeEvent({ id: 's1', date: '2021-04-28', location: [70.6, 40.0] }),
        makeEvent({ id: 's2', date: '2021-04-29', location: [70.6, 40.0] }),
      );
      adapter.setEvents(stacked);
      calls.length = 0;
      adapter.settleLabels();
      expect(calls).toEqual([]);
      adapter.setTime(toDayNumber('2021-05-01'), -1e9);
      const labelWrites = () => calls.filter((c) => c[0] === 'setData').length;
      expect(labelWrites()).toBe(0);
      adapter.settleLabels();
      expect(labelWrites()).toBe(1);
      // The timer it replaced writes nothing more.
      vi.advanceTimersByTime(LABEL_SETTLE_MS * 2);
      expect(labelWrites()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('highlights the selected event with feature-state and clears the previous one', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    store.getState().setData(data, 0);
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().select('a');
    store.getState().select('b');
    store.getState().select(null);
    expect(calls.filter((c) => c[0] === 'setFeatureState')).toEqual([
      ['setFeatureState', { source: 'events', id: 'a' }, { selected: true }],
      ['setFeatureState', { source: 'events', id: 'a' }, { selected: false }],
      ['setFeatureState', { source: 'events', id: 'b' }, { selected: true }],
      ['setFeatureState', { source: 'events', id: 'b' }, { selected: false }],
    ]);
  });

  it('leaves every layer as the style drew it when connected with all groups on', () => {
    // MapLibre reloads a layer's whole source on any layout change it cannot rule out as equal, and
    // it reads an unset visibility as undefined, not "visible": setting "visible" over it re-cut
    // every tile of a dozen sources while the first picture was still loading.
    expect(
      STYLE_LAYERS.some((l) => l.type !== 'background' && (l.layout as { visibility?: string })?.visibility === undefined),
    ).toBe(true);
    const { map, calls } = fakeMap();
    connectStore(createAppStore(), new MapAdapter(map, LAYERS));
    expect(calls.filter((c) => c[0] === 'setLayoutProperty' && c[2] === 'visibility')).toEqual([]);
  });

  it('switches layout visibility only for the toggled group', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().setLayer('towns', false);
    expect(LAYERS.groups.towns).toEqual(
      expect.arrayContaining(['towns-circle', 'villages-circle', 'towns-label', 'villages-label']),
    );
    expect(LAYERS.groups.towns).not.toContain('batken-label');
    expect(calls).toEqual(LAYERS.groups.towns.map((id) => ['setLayoutProperty', id, 'visibility', 'none']));
    calls.length = 0;
    store.getState().setLayer('towns', true);
    expect(calls).toEqual(LAYERS.groups.towns.map((id) => ['setLayoutProperty', id, 'visibility', 'visible']));
  });

  it('switches every name label to the chosen language, and nothing else', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    connectStore(store, new MapAdapter(map, LAYERS));
    calls.length = 0;
    store.getState().setLang('tg');
    // Every layer that draws a name_* field: places, areas, water (see the cartography test for which).
    const named = STYLE_LAYERS.filter((l) => JSON.stringify(l.layout ?? {}).includes('"name_en"')).map((l) => l.id);
    expect(LAYERS.nameLabels).toEqual(named);
    expect(calls).toEqual(LAYERS.nameLabels.map((id) => ['setLayoutProperty', id, 'text-field', labelText('tg')]));
    calls.length = 0;
    store.getState().setDay(5);
    expect(calls.some((c) => c[2] === 'text-field')).toBe(false);
  });

  it('puts a count on pins that several shown events share, following the date', () => {
    vi.useFakeTimers();
    try {
      const { map, calls } = fakeMap();
      const adapter = new MapAdapter(map, LAYERS);
      const pin: [number, number] = [74.6, 42.8667];
      adapter.setEvents(
        timed(
          makeEvent({ id: 'v1', date: '2020-01-01', location: pin }),
          makeEvent({ id: 'v2', date: '2021-01-01', location: pin }),
          makeEvent({ id: 'v3', date: '2022-01-01', location: pin }),
          makeEvent({ id: 'alone', date: '2020-01-01', location: [70.8, 40.06] }),
        ),
      );
      // Only the shared pin gets a badge; the lone event needs none.
      const sent = calls.filter((c) => c[0] === 'setData' && c[2] === 'events-stacks').at(-1)?.[1] as ReturnType<
        EventGrid['collection']
      >;
      expect(sent.features.map((f) => f.geometry.coordinates)).toEqual([pin]);
      const counts = () =>
        calls
          .filter((c) => c[0] === 'setFeatureState' && (c[1] as { source: string }).source === 'events-stacks')
          .map((c) => (c[2] as { count?: number }).count)
          .filter((n) => n !== undefined);
      adapter.setTime(toDayNumber('2021-06-01'), -1e9);
      expect(counts().at(-1)).toBe(2);
      adapter.setTime(toDayNumber('2023-06-01'), -1e9);
      expect(counts().at(-1)).toBe(3);
      vi.advanceTimersByTime(LABEL_SETTLE_MS);
      const labels = calls.filter((c) => c[0] === 'setData' && c[2] === 'events-stacks').at(-1)?.[1] as ReturnType<
        EventGrid['collection']
      >;
      expect(labels.features[0]?.properties.count).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('labels the hovered event with its title and date, and takes the label away', () => {
    const { map } = fakeMap();
    const shown: unknown[] = [];
    const surface = { show: (t: unknown) => shown.push(t), hide: () => shown.push('hidden') };
    const store = createAppStore();
    store
      .getState()
      .setData(
        { ...data, events: timed(makeEvent({ id: 'h', date: '2022-09', precision: 'month', location: [70.8, 40.06] })) },
        0,
      );
    connectStore(store, new MapAdapter(map, LAYERS, false, () => 10, surface));
    store.getState().hover('h');
    expect(shown.at(-1)).toEqual({ location: [70.8, 40.06], title: 'Title of h', date: 'September 2022' });
    store.getState().hover(null);
    expect(shown.at(-1)).toBe('hidden');
  });

  it('jumps instead of animating when the person prefers reduced motion', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    connectStore(store, new MapAdapter(map, LAYERS, true));
    store.getState().zoomTo([70.5, 40], 11);
    expect(calls).toContainEqual(['jumpTo', { center: [70.5, 40], zoom: 11 }]);
  });

  it('fits a box inside the frame padding, no closer than the zoom asked for', () => {
    const { map, calls } = fakeMap();
    const store = createAppStore();
    connectStore(store, new MapAdapter(map, LAYERS, false, () => 25));
    store.getState().fitTo([69.6, 39.4, 71.6, 40.3], 10);
    expect(calls).toContainEqual(['fitBounds', [69.6, 39.4, 71.6, 40.3], { padding: 25, maxZoom: 10, duration: 800 }]);
  });
});
