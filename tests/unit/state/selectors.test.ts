import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import {
  selectAdjacentEvents,
  selectCategoryCounts,
  selectCheckpointStatuses,
  selectChooserEvents,
  selectFiltered,
  selectNeighbourDays,
  selectSelectedEvent,
  selectShownCount,
  selectStartDays,
  selectTimeView,
} from '../../../src/state/selectors';
import { makeEvent } from '../../helpers/makeEvent';
import { storeWith } from '../../helpers/renderWithStore';

const d = toDayNumber;

function fixture() {
  return storeWith([
    makeEvent({ id: 'clash-a', date: '2021-04-28', category: 'clash', title: { en: 'Clash at Vorukh' } }),
    makeEvent({ id: 'treaty-b', date: '2025-03-13', category: 'treaty', title: { en: 'Border treaty' } }),
    makeEvent({ id: 'clash-c', date: '2022-09-14', category: 'clash', title: { en: 'September war' } }),
    makeEvent({ id: 'visit-d', date: '2022-09-14', category: 'visit', title: { en: 'Visit' } }),
  ]);
}

describe('selectors', () => {
  it('answer with the same object until what they read changes', () => {
    const store = fixture();
    const s = store.getState();
    expect(selectFiltered(s)).toBe(s.data?.events);
    expect(selectTimeView(s)).toBe(selectTimeView(store.getState()));
    store.getState().setDay(d('2022-01-01'));
    const view = selectTimeView(store.getState());
    expect(view).toEqual({ day: d('2022-01-01'), mode: 'cumulative', windowMonths: 12 });
    // A change elsewhere (the language) leaves the answers about time and filters as they were.
    store.getState().setLang('ru');
    expect(selectTimeView(store.getState())).toBe(view);
    expect(selectFiltered(store.getState())).toBe(store.getState().data?.events);
  });

  it('filter by category and search, and the map, list and counts all read that one list', () => {
    const store = fixture();
    store.getState().setCategoryShown('visit', false);
    store.getState().setSearch('war');
    const s = store.getState();
    expect(selectFiltered(s).map((e) => e.id)).toEqual(['clash-c']);
    expect(selectShownCount(s)).toBe(1);
    expect(selectStartDays(s)).toEqual([d('2022-09-14')]);
    // Counts apply the search but not the category switches: a switched-off category still says what it holds.
    const counts = selectCategoryCounts(s);
    expect(counts?.clash).toEqual({ visible: 1, total: 2 });
    expect(counts?.visit).toEqual({ visible: 0, total: 1 });
  });

  it('find the selected event, its neighbours and the chooser entries among the filtered events', () => {
    const store = fixture();
    store.getState().select('clash-c');
    store.getState().openChooser({ ids: ['visit-d', 'clash-c', 'gone'], x: 0, y: 0 });
    const s = store.getState();
    expect(selectSelectedEvent(s)?.id).toBe('clash-c');
    const { prev, next } = selectAdjacentEvents(s);
    expect([prev?.id, next?.id]).toEqual(['clash-a', 'visit-d']);
    expect(selectChooserEvents(s).map((e) => e.id)).toEqual(['visit-d', 'clash-c']);
    expect(selectNeighbourDays({ ...s, day: d('2022-01-01') })).toEqual({ prev: d('2021-04-28'), next: d('2022-09-14') });
  });

  it('give every checkpoint its status at the date, unknown where the record says nothing', () => {
    const store = storeWith(
      [makeEvent({ id: 'a', date: '2021-04-28' }), makeEvent({ id: 'b', date: '2025-06-01' })],
      {},
      {
        'cp-one': [{ status: 'closed', from: '2021-04-29', to: '2025-03-13', sources: ['s'] }],
        'cp-two': [],
      },
    );
    store.getState().setDay(d('2022-01-01'));
    const atWar = selectCheckpointStatuses(store.getState());
    expect(atWar).toEqual({ 'cp-one': 'closed', 'cp-two': 'unknown' });
    store.getState().setLang('tg');
    expect(selectCheckpointStatuses(store.getState())).toBe(atWar);
    store.getState().setDay(d('2021-04-28'));
    expect(selectCheckpointStatuses(store.getState())).toEqual({ 'cp-one': 'unknown', 'cp-two': 'unknown' });
  });
});
