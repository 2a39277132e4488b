// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/model/days';
import { PlayCaption } from '../../src/timeline/PlayCaption';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

function setup() {
  const store = storeWith([
    makeEvent({ id: 'first', date: '1992-10', precision: 'month', title: { en: 'First talks', ru: 'Первые переговоры' } }),
    makeEvent({ id: 'clash', date: '2021-04-28', category: 'clash', title: { en: 'Clash at the intake' } }),
  ]);
  renderWithStore(<PlayCaption />, store);
  return store;
}

const caption = () => screen.queryByTestId('play-caption');

describe('PlayCaption', () => {
  it('is shown only while playing, hidden from screen readers (the Announcer speaks)', () => {
    const store = setup();
    expect(caption()).toBeNull();
    act(() => store.getState().setPlaying(true));
    expect(caption()).toHaveAttribute('aria-hidden', 'true');
    act(() => store.getState().setPlaying(false));
    expect(caption()).toBeNull();
  });

  it('gives the date and the event being passed, in the interface language', () => {
    const store = setup();
    act(() => {
      store.getState().setDay(toDayNumber('1992-01-01'));
      store.getState().setPlaying(true);
    });
    expect(caption()).toHaveTextContent(/^1 January 1992$/);
    act(() => store.getState().setDay(toDayNumber('2000-06-15')));
    expect(caption()).toHaveTextContent('15 June 2000First talks · October 1992');
    act(() => store.getState().setLang('ru'));
    expect(caption()).toHaveTextContent('Первые переговоры');
    act(() => store.getState().setDay(toDayNumber('2021-05-01')));
    expect(caption()).toHaveTextContent('Clash at the intake');
  });

  it('follows the filters: a hidden category’s event is not named', () => {
    const store = setup();
    act(() => {
      store.getState().setDay(toDayNumber('2021-05-01'));
      store.getState().setPlaying(true);
      store.getState().setCategoryShown('clash', false);
    });
    expect(caption()).toHaveTextContent('First talks');
  });
});
