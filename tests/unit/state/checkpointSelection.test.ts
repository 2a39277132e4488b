import { describe, expect, it } from 'vitest';
import { statusLanes } from '../../../src/model/crossingStatus';
import type { LoadedData, PlaceInfo } from '../../../src/model/loadedData';
import { timeExtent } from '../../../src/model/timedEvent';
import { selectCheckpointEvents, selectSelectedCheckpoint } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { parseUrl, serializeUrl } from '../../../src/state/urlState';
import { applyUrl, urlStateOf } from '../../../src/state/urlSync';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({ id: 'closure', date: '2021-05-21', places: ['cp-lane', 'batken'] }),
  makeEvent({ id: 'elsewhere', date: '2022-01-10', places: ['batken'] }),
);
// One crossing known only from the record's status history, one only from the checkpoints layer.
const onLayer: PlaceInfo = { id: 'cp-layer', name: { en: 'North – South' }, kind: 'checkpoint' };
const data: LoadedData = {
  events,
  sources: {},
  places: { 'cp-layer': onLayer, batken: { id: 'batken', name: { en: 'Batken' }, kind: 'town' } },
  statusLanes: statusLanes([], { 'cp-lane': [{ status: 'closed', from: '2021-05-21', sources: ['s'] }] }),
  extent: timeExtent(events),
};

function loaded() {
  const store = createAppStore();
  store.getState().setData(data, 0);
  return store;
}

describe('checkpoint selection', () => {
  it('selects crossings from the record and from the layer, and ignores anything else', () => {
    const store = loaded();
    store.getState().selectCheckpoint('cp-lane');
    expect(store.getState().selectedCheckpoint).toBe('cp-lane');
    store.getState().selectCheckpoint('cp-layer');
    expect(store.getState().selectedCheckpoint).toBe('cp-layer');
    store.getState().selectCheckpoint('batken');
    store.getState().selectCheckpoint('cp-nowhere');
    expect(store.getState().selectedCheckpoint).toBe('cp-layer');
  });

  it('is exclusive with the event selection, either way round', () => {
    const store = loaded();
    store.getState().openChooser({ ids: ['closure', 'elsewhere'], x: 1, y: 2 });
    store.getState().select('closure');
    store.getState().selectCheckpoint('cp-lane');
    expect(store.getState()).toMatchObject({ selectedId: null, selectedCheckpoint: 'cp-lane', chooser: null });
    store.getState().select('elsewhere');
    expect(store.getState()).toMatchObject({ selectedId: 'elsewhere', selectedCheckpoint: null });
    // Clearing one selection leaves the other alone.
    store.getState().selectCheckpoint('cp-lane');
    store.getState().select(null);
    expect(store.getState().selectedCheckpoint).toBe('cp-lane');
    store.getState().selectCheckpoint(null);
    expect(store.getState().selectedCheckpoint).toBeNull();
  });

  it('drops a crossing the new record no longer knows', () => {
    const store = loaded();
    store.getState().selectCheckpoint('cp-layer');
    store.getState().setData({ ...data, places: {} }, 0);
    expect(store.getState().selectedCheckpoint).toBeNull();
  });

  it('answers with the crossing, its lane and the filtered events that name it', () => {
    const store = loaded();
    store.getState().selectCheckpoint('cp-lane');
    const selected = selectSelectedCheckpoint(store.getState());
    expect(selected?.place).toBeUndefined();
    expect(selected?.lane?.intervals.map((i) => i.status)).toEqual(['closed']);
    expect(selectCheckpointEvents(store.getState()).map((e) => e.id)).toEqual(['closure']);
    store.getState().setSearch('elsewhere');
    expect(selectCheckpointEvents(store.getState())).toEqual([]);
  });
});

describe('checkpoint in the link', () => {
  it('round-trips: written as its own parameter and restored from it', () => {
    const store = loaded();
    store.getState().selectCheckpoint('cp-layer');
    const { search } = serializeUrl(urlStateOf(store.getState()));
    expect(search).toContain('checkpoint=cp-layer');
    expect(search).not.toContain('event=');

    const fresh = loaded();
    expect(applyUrl(fresh, parseUrl(search, ''))).toEqual([]);
    expect(fresh.getState().selectedCheckpoint).toBe('cp-layer');
  });

  it('reports an unknown crossing as the link problem it is, and selects nothing', () => {
    const store = loaded();
    expect(applyUrl(store, parseUrl('?checkpoint=cp-nowhere', ''))).toEqual(['checkpoint']);
    expect(store.getState().selectedCheckpoint).toBeNull();
  });

  it('reports a malformed one without applying it', () => {
    const parsed = parseUrl('?checkpoint=<b>x</b>', '');
    expect(parsed.problems).toEqual(['checkpoint']);
    const store = loaded();
    expect(applyUrl(store, parsed)).toEqual(['checkpoint']);
    expect(store.getState().selectedCheckpoint).toBeNull();
  });

  it('a link without one closes an open crossing (Back from it)', () => {
    const store = loaded();
    store.getState().selectCheckpoint('cp-lane');
    applyUrl(store, parseUrl('?event=elsewhere', ''));
    expect(store.getState()).toMatchObject({ selectedId: 'elsewhere', selectedCheckpoint: null });
    store.getState().selectCheckpoint('cp-lane');
    applyUrl(store, parseUrl('', ''));
    expect(store.getState().selectedCheckpoint).toBeNull();
  });
});
