// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventList } from '../../src/events/EventList';
import { toDayNumber } from '../../src/model/days';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

function setup() {
  const store = storeWith([
    makeEvent({ id: 'summary', date: '2020-01-01', title: { en: 'Talks on water' }, summary: { en: 'Held near Vorukh.' } }),
    makeEvent({ id: 'title', date: '2021-01-01', title: { en: 'Clash at Vorukh', ru: 'Столкновение у Ворух' } }),
    makeEvent({ id: 'later', date: '2024-06-01', title: { en: 'Vorukh road reopens' } }),
    makeEvent({ id: 'other', date: '2022-01-01', title: { en: 'Isfara meeting' } }),
  ]);
  store.getState().setDay(toDayNumber('2023-01-01'));
  renderWithStore(<EventList />, store);
  const list = screen.getByRole('region', { name: 'Events' });
  const titles = () =>
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
  return { store, list, titles };
}

describe('EventList while searching', () => {
  it('lists the matches by relevance from every date, with a polite count', () => {
    const { store, list, titles } = setup();
    expect(titles().map((t) => t.slice(0, 12))).toEqual(['Isfara meeti', 'Clash at Vor', 'Talks on wat']);
    expect(within(list).getByRole('status')).toHaveTextContent('');

    act(() => store.getState().setSearch('Worukh'));
    expect(within(list).getByRole('status')).toHaveTextContent('3 events match “Worukh”');
    // Whole title words first (the newer first), then the one that names Vorukh in its summary;
    // the 2024 event is listed although the date is 2023.
    expect(titles().map((t) => t.slice(0, 12))).toEqual(['Vorukh road ', 'Clash at Vor', 'Talks on wat']);

    act(() => store.getState().setSearch('Isfara'));
    expect(within(list).getByRole('status')).toHaveTextContent('1 event matches “Isfara”');
  });

  it('says the count in the reader’s language', () => {
    const { store, list } = setup();
    act(() => {
      store.getState().setLang('ru');
      store.getState().setSearch('Ворух');
    });
    expect(within(list).getByRole('status')).toHaveTextContent('Найдено событий по запросу «Ворух»: 3');
  });
});
