// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StillCaption } from '../../src/embed/StillCaption';
import { toDayNumber } from '../../src/model/days';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';
import { twoSteps } from '../unit/stories/storyFixtures';

afterEach(cleanup);

const caption = () => screen.getByTestId('still-caption');

describe('StillCaption (a still embed says in words what it shows)', () => {
  function setup() {
    const store = storeWith([
      makeEvent({ id: 'first', date: '1992-10', precision: 'month', title: { en: 'First talks', ru: 'Первые переговоры' } }),
      makeEvent({ id: 'clash', date: '2021-04-28', category: 'clash', title: { en: 'Clash at the intake' } }),
    ]);
    renderWithStore(<StillCaption />, store);
    return store;
  }

  it('gives the date and the number of events on the map', () => {
    const store = setup();
    act(() => store.getState().setDay(toDayNumber('2000-01-01')));
    expect(caption()).toHaveTextContent('1 January 2000 · events on the map: 1');
    act(() => store.getState().setDay(toDayNumber('2021-05-01')));
    expect(caption()).toHaveTextContent('1 May 2021 · events on the map: 2');
  });

  it('says which events a dot stands for, and counts those within the picture once the map has said what it shows', () => {
    const store = setup();
    act(() => {
      store.getState().setDay(toDayNumber('2021-05-01'));
      store.getState().setMode('window');
      store.getState().setWindowMonths(3);
    });
    expect(caption()).toHaveTextContent('events of the 3 months up to this date');
    expect(caption()).toHaveTextContent('events on the map: 1');
    // A view far from both events: the picture shows none of them.
    act(() => store.getState().setView({ zoom: 9, lat: 42.8, lon: 74.6, bounds: [74, 42.5, 75, 43] }));
    expect(caption()).toHaveTextContent('events on the map: 0');
    act(() => store.getState().setView({ zoom: 7, lat: 40, lon: 70.6, bounds: [69, 39, 72, 41] }));
    expect(caption()).toHaveTextContent('events on the map: 1');
  });

  it('names the event the view opened on, at its own precision', () => {
    const store = setup();
    act(() => {
      store.getState().setDay(toDayNumber('2000-01-01'));
      store.getState().select('first');
    });
    expect(caption()).toHaveTextContent('First talks · October 1992');
  });

  it('names the story and step of a still story view', () => {
    const store = setup();
    act(() => store.getState().openStory('builtin', twoSteps, 1));
    expect(caption()).toHaveTextContent(`A test story · Step 2 of ${twoSteps.steps.length}:`);
  });
});
