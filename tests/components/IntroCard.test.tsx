// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { IntroCard } from '../../src/about/IntroCard';
import { fromDayNumber, toDayNumber } from '../../src/model/days';
import { MESSAGES } from '../allMessages';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

function setup(show = true) {
  const store = storeWith([
    makeEvent({ id: 'first', date: '1992-10', precision: 'month' }),
    makeEvent({ id: 'treaty', date: '2025-03-13' }),
  ]);
  renderWithStore(<IntroCard show={show} />, store);
  return store;
}

const playButton = () => screen.queryByRole('button', { name: /Play from/ });

describe('IntroCard', () => {
  it('says what the map shows, over the record’s years, and offers to play from the start', () => {
    setup();
    const card = screen.getByRole('region', { name: 'Welcome' });
    expect(card).toHaveTextContent('Kyrgyzstan–Tajikistan border from 1992 to 2025');
    expect(playButton()).toHaveTextContent('Play from 1992');
  });

  it('Play from 1992 sets the date to the start of the record, plays, and goes away', async () => {
    const store = setup();
    expect(fromDayNumber(store.getState().day)).toBe('2025-12-31');
    await userEvent.setup().click(playButton() as HTMLElement);
    expect(fromDayNumber(store.getState().day)).toBe('1992-01-01');
    expect(store.getState().playing).toBe(true);
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });

  it('goes away when dismissed, without touching the date or playback', async () => {
    const store = setup();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Explore on my own' }));
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
    expect(fromDayNumber(store.getState().day)).toBe('2025-12-31');
    expect(store.getState().playing).toBe(false);
  });

  it('goes away at the first interaction elsewhere: a selection or a move in time', () => {
    const store = setup();
    act(() => store.getState().select('treaty'));
    expect(playButton()).toBeNull();
    cleanup();
    const again = setup();
    act(() => again.getState().setDay(toDayNumber('2000-01-01')));
    expect(playButton()).toBeNull();
    cleanup();
    const searching = setup();
    expect(playButton()).not.toBeNull();
    act(() => searching.getState().setSearch('Vorukh'));
    expect(playButton()).toBeNull();
  });

  it('is not shown when the link already opens on something', () => {
    setup(false);
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });

  it('speaks the interface language', () => {
    const store = setup();
    act(() => store.getState().setLang('ru'));
    expect(screen.getByRole('button', { name: /Смотреть с 1992 года/ })).toBeInTheDocument();
    act(() => store.getState().setLang('uz'));
    expect(screen.getByRole('region', { name: MESSAGES.uz['intro.label'] })).toHaveTextContent('1992–2025-yillarda');
  });
});
