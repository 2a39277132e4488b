// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointDetails } from '../../src/details/CheckpointDetails';
import { EventDetails } from '../../src/details/EventDetails';
import { statusLanes } from '../../src/model/crossingStatus';
import { toDayNumber } from '../../src/model/days';
import type { LoadedData } from '../../src/model/loadedData';
import type { Source } from '../../src/model/record';
import { timeExtent } from '../../src/model/timedEvent';
import { createAppStore } from '../../src/state/store';
import { makeEvent, timed } from '../helpers/makeEvent';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(cleanup);

const sources: Record<string, Source> = {
  decree: {
    publisher: 'Border Service',
    title: 'Crossing closed',
    date: '2021-05-21',
    url: 'https://example.org/closed',
    kind: 'official',
  },
  report: { publisher: 'News agency', title: 'Crossing reopens', date: '2025-03-13', kind: 'news' },
};
const events = timed(
  makeEvent({ id: 'closure', date: '2021-05-21', title: { en: 'Crossings closed' }, places: ['cp-n-s', 'town-n'] }),
  makeEvent({ id: 'reopening', date: '2025-03-13', title: { en: 'Crossing reopened' }, places: ['cp-n-s'] }),
  makeEvent({ id: 'unrelated', date: '2023-01-01', title: { en: 'Somewhere else' }, places: ['town-n'] }),
);
const data: LoadedData = {
  events,
  sources,
  places: {
    'cp-n-s': {
      id: 'cp-n-s',
      name: { en: 'North – South', ru: 'Север – Юг' },
      kind: 'checkpoint',
      precision: 'inferred',
      location: [70.5, 40.1],
      sides: { kg: { en: 'North', ru: 'Север' }, tj: { en: 'South' } },
    },
    'cp-quiet': { id: 'cp-quiet', name: { en: 'Quiet – Pass' }, kind: 'checkpoint' },
    'town-n': { id: 'town-n', name: { en: 'Northtown' }, kind: 'town' },
  },
  statusLanes: statusLanes([], {
    'cp-n-s': [
      { status: 'open', from: '2025-03-13', sources: ['report'] },
      {
        status: 'closed',
        from: '2021-05-21',
        to: '2025-03-13',
        sources: ['decree', 'report'],
        note: { en: 'Closed on both sides.' },
      },
    ],
  }),
  extent: timeExtent(events),
};

function storeAt(date: string, checkpoint: string) {
  const store = createAppStore();
  store.getState().setData(data, 0);
  store.getState().setDay(toDayNumber(date));
  store.getState().selectCheckpoint(checkpoint);
  return store;
}

const panel = () => screen.getByRole('region', { name: 'Checkpoint details' });

describe('CheckpointDetails', () => {
  it('names the crossing and each side, says how its position was found, and focuses the name', () => {
    renderWithStore(<CheckpointDetails />, storeAt('2022-06-01', 'cp-n-s'));
    const heading = within(panel()).getByRole('heading', { level: 2, name: 'North – South' });
    expect(heading).toHaveFocus();
    const facts = panel().querySelector('dl')?.textContent ?? '';
    expect(facts).toContain('Kyrgyz sideNorth');
    expect(facts).toContain('Tajik sideSouth');
    expect(facts).toContain('Inferred location');
  });

  it('names the sides in the interface language, marking English stand-ins', () => {
    const store = storeAt('2022-06-01', 'cp-n-s');
    store.getState().setLang('ru');
    renderWithStore(<CheckpointDetails />, store);
    const region = screen.getByRole('region', { name: 'Подробности о пункте пропуска' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Север – Юг');
    expect(within(region).getByText('Север')).toBeInTheDocument();
    expect(within(region).getByText('South')).toHaveAttribute('lang', 'en');
  });

  it('gives the status on the slider’s date, and follows the slider', () => {
    const store = storeAt('2022-06-01', 'cp-n-s');
    renderWithStore(<CheckpointDetails />, store);
    const status = () => panel().querySelector('dd[data-status]');
    expect(panel()).toHaveTextContent('Status on 1 June 2022');
    expect(status()).toHaveTextContent('Closed');
    act(() => store.getState().setDay(toDayNumber('2025-04-01')));
    expect(status()).toHaveTextContent('Open');
    act(() => store.getState().setDay(toDayNumber('2021-05-20')));
    expect(status()).toHaveAttribute('data-status', 'unknown');
    expect(status()).toHaveTextContent('Not documented');
  });

  it('lists the history in date order, each period with its note and every source', () => {
    renderWithStore(<CheckpointDetails />, storeAt('2022-06-01', 'cp-n-s'));
    const items = within(panel())
      .getAllByRole('listitem')
      .filter((li) => li.closest('.checkpoint-history'));
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        /^Closed 21 May 2021 – 12 March 2025Closed on both sides\.Sources: Crossing closed — Border Service, 2021-05-21; Crossing reopens/,
      ),
      expect.stringMatching(/^Open from 13 March 2025; no end recordedSources: Crossing reopens — News agency, 2025-03-13$/),
    ]);
    expect(within(panel()).getByRole('link', { name: 'Crossing closed' })).toHaveAttribute('href', 'https://example.org/closed');
  });

  it('says when the record documents nothing for a crossing, and offers no zoom without a position', () => {
    renderWithStore(<CheckpointDetails />, storeAt('2022-06-01', 'cp-quiet'));
    expect(panel()).toHaveTextContent('The record documents no status for this crossing');
    expect(panel()).toHaveTextContent('No event that passes the filters names this crossing.');
    expect(within(panel()).queryByRole('button', { name: 'Zoom to' })).toBeNull();
  });

  it('lists the events that concern it; choosing one selects it and brings the date to it', async () => {
    const store = storeAt('2022-06-01', 'cp-n-s');
    renderWithStore(<CheckpointDetails />, store);
    const buttons = within(panel()).getAllByRole('button', { name: /Crossing/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['21 May 2021 Crossings closed', '13 March 2025 Crossing reopened']);
    await userEvent.click(within(panel()).getByRole('button', { name: /Crossing reopened/ }));
    expect(store.getState()).toMatchObject({ selectedId: 'reopening', selectedCheckpoint: null, day: toDayNumber('2025-03-13') });
  });

  it('zooms to the crossing and closes by its button or Escape', async () => {
    const store = storeAt('2022-06-01', 'cp-n-s');
    renderWithStore(<CheckpointDetails />, store);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Zoom to' }));
    expect(store.getState().camera).toMatchObject({ center: [70.5, 40.1] });
    await userEvent.click(within(panel()).getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedCheckpoint).toBeNull();
    act(() => store.getState().selectCheckpoint('cp-n-s'));
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedCheckpoint).toBeNull();
  });
});

describe('EventDetails places', () => {
  it('open a crossing’s details from its name; other places stay plain text', async () => {
    const store = storeAt('2022-06-01', 'cp-n-s');
    store.getState().select('closure');
    renderWithStore(<EventDetails />, store);
    expect(screen.queryByRole('button', { name: 'Northtown' })).toBeNull();
    expect(screen.getByText(/Northtown/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'North – South' }));
    expect(store.getState()).toMatchObject({ selectedCheckpoint: 'cp-n-s', selectedId: null });
  });
});
