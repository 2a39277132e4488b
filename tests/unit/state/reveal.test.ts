import { describe, expect, it } from 'vitest';
import { statusLanes } from '../../../src/model/crossingStatus';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import type { LoadedData } from '../../../src/model/loadedData';
import { timeExtent } from '../../../src/model/timedEvent';
import { selectShownEvents } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { parseUrl, serializeUrl } from '../../../src/state/urlState';
import { applyUrl, urlStateOf } from '../../../src/state/urlSync';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', category: 'clash' }),
  makeEvent({ id: 'war-2022', date: '2022-09-14', end: '2022-09-17', category: 'clash' }),
  makeEvent({ id: 'treaty-2025', date: '2025-03-13', category: 'treaty' }),
);
const data: LoadedData = { events, sources: {}, places: {}, statusLanes: statusLanes([], {}), extent: timeExtent(events) };

function storeAt(iso: string) {
  const store = createAppStore();
  store.getState().setData(data, 0);
  store.getState().setDay(toDayNumber(iso));
  return store;
}
const dateOf = (store: ReturnType<typeof createAppStore>) => fromDayNumber(store.getState().day);

describe('reveal: selection and date agree', () => {
  it("a choice from a list moves the date to the episode's last day, in one update, and pauses playback", () => {
    const store = storeAt('2025-12-31');
    store.getState().setPlaying(true);
    let updates = 0;
    const unsubscribe = store.subscribe(() => updates++);
    store.getState().reveal('war-2022', 'goTo');
    unsubscribe();
    expect(store.getState()).toMatchObject({ selectedId: 'war-2022', playing: false });
    expect(dateOf(store)).toBe('2022-09-17');
    expect(updates).toBe(1);
  });

  it('the link then carries the event with its date', () => {
    const store = storeAt('2025-12-31');
    store.getState().reveal('war-2022', 'goTo');
    expect(serializeUrl(urlStateOf(store.getState())).search).toContain('date=2022-09-17&event=war-2022');
  });

  it('a pick on the map keeps the date', () => {
    const store = storeAt('2025-12-31');
    store.getState().select('war-2022');
    expect(store.getState().selectedId).toBe('war-2022');
    expect(dateOf(store)).toBe('2025-12-31');
  });

  it('closes an open crossing and a chooser, as a selection does', () => {
    const store = storeAt('2025-12-31');
    store.getState().openChooser({ ids: ['war-2022', 'clash-2021'], x: 1, y: 1 });
    store.getState().reveal('clash-2021', 'goTo');
    expect(store.getState()).toMatchObject({ chooser: null, selectedCheckpoint: null, selectedId: 'clash-2021' });
  });

  it('in window mode the chosen date shows the event', () => {
    const store = storeAt('2025-12-31');
    store.getState().setMode('window');
    store.getState().setWindowMonths(3);
    expect(selectShownEvents(store.getState()).map((e) => e.id)).not.toContain('war-2022');
    store.getState().reveal('war-2022', 'goTo');
    expect(selectShownEvents(store.getState()).map((e) => e.id)).toContain('war-2022');
  });

  it('ignores an event the filters hide, leaving selection and date alone', () => {
    const store = storeAt('2025-12-31');
    store.getState().setCategoryShown('clash', false);
    store.getState().reveal('war-2022', 'goTo');
    expect(store.getState().selectedId).toBeNull();
    expect(dateOf(store)).toBe('2025-12-31');
  });
});

describe('the event link parameter', () => {
  it("keeps the link's own date when it shows the event", () => {
    const store = storeAt('2025-12-31');
    expect(applyUrl(store, parseUrl('?date=2023-01-05&event=war-2022', ''))).toEqual([]);
    expect(store.getState().selectedId).toBe('war-2022');
    expect(dateOf(store)).toBe('2023-01-05');
  });

  it("moves a date that would hide the event to the event's date", () => {
    const store = storeAt('2025-12-31');
    applyUrl(store, parseUrl('?date=2021-06-01&event=war-2022', ''));
    expect(dateOf(store)).toBe('2022-09-17');

    const windowed = storeAt('2025-12-31');
    applyUrl(windowed, parseUrl('?date=2025-12-31&event=war-2022&mode=window&window=3', ''));
    expect(dateOf(windowed)).toBe('2022-09-17');
    expect(selectShownEvents(windowed.getState()).map((e) => e.id)).toContain('war-2022');
  });
});
