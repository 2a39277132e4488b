// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/details/EventDetails';
import { EventList } from '../../src/events/EventList';
import type { Source } from '../../src/model/record';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const sources: Record<string, Source> = {
  'seed-a': { publisher: 'Orda.kz', title: 'Seed report', date: '2025-03', kind: 'seed' },
  official: {
    publisher: 'Ministry',
    title: 'Official count',
    date: '2022-09-20',
    url: 'https://example.org/count',
    kind: 'official',
  },
  evil: { publisher: 'Somebody', title: 'Bad link', date: '2022', url: 'javascript:alert(1)', kind: 'other' } as Source,
};

const clash = makeEvent({
  id: 'clash-2022',
  date: '2022-09-14',
  category: 'clash',
  title: { en: 'Border clash of September 2022' },
  locationPrecision: 'inferred',
  locationNote: { en: 'Shown at Batken; fighting ran along much of the border.' },
  figures: [
    { metric: 'killed', side: 'KG', value: 59, qualifier: 'exact', source: 'seed-a' },
    { metric: 'killed', side: 'KG', value: 63, qualifier: 'at-least', source: 'official' },
    {
      metric: 'evacuated',
      side: 'KG',
      value: 136000,
      qualifier: 'more-than',
      source: 'official',
      note: { en: 'Counted across Batken Region only.' },
    },
  ],
  sources: ['seed-a', 'official', 'evil'],
});
const later = makeEvent({
  id: 'treaty-2025',
  date: '2025-03',
  precision: 'month',
  category: 'treaty',
  title: { en: 'Border treaty' },
});

describe('EventDetails', () => {
  it('shows every figure with its qualifier and source, disagreeing sources side by side', () => {
    const store = storeWith([clash, later], sources);
    store.getState().select('clash-2022');
    renderWithStore(<EventDetails />, store);
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Border clash of September 2022' })).toBeInTheDocument();
    expect(panel.querySelector('time')).toHaveAttribute('datetime', '2022-09-14');
    expect(within(panel).getByText('14 September 2022')).toBeInTheDocument();
    expect(within(panel).getByText(/Inferred location/)).toBeInTheDocument();
    expect(within(panel).getByText(/Sources disagree/)).toBeInTheDocument();

    const rows = within(panel)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContainEqual(expect.stringContaining('59Orda.kz, 2025-03'));
    expect(rows).toContainEqual(expect.stringContaining('at least 63Ministry, 2022-09-20'));
    expect(rows).toContainEqual(expect.stringContaining('more than 136,000Counted across Batken Region only.'));
  });

  it('links only http(s) sources and shows anything else as plain text', () => {
    const store = storeWith([clash], sources);
    store.getState().select('clash-2022');
    renderWithStore(<EventDetails />, store);
    expect(screen.getByRole('link', { name: 'Official count' })).toHaveAttribute('href', 'https://example.org/count');
    expect(screen.queryByRole('link', { name: 'Bad link' })).toBeNull();
    expect(screen.getByText('Bad link')).toBeInTheDocument();
  });

  it('labels a month-precision date as the month, never a day', () => {
    const store = storeWith([clash, later], sources);
    store.getState().select('treaty-2025');
    renderWithStore(<EventDetails />, store);
    expect(screen.getByText('March 2025')).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute('datetime', '2025-03');
  });

  it('closes with the Close button and with Escape', async () => {
    const user = userEvent.setup();
    const store = storeWith([clash], sources);
    store.getState().select('clash-2022');
    renderWithStore(<EventDetails />, store);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedId).toBeNull();
    store.getState().select('clash-2022');
    await screen.findByRole('region', { name: 'Event details' });
    await user.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('EventList ↔ selection', () => {
  it('lists revealed events newest first and selecting one opens it in the details panel', async () => {
    const user = userEvent.setup();
    const store = storeWith([clash, later], sources);
    renderWithStore(
      <>
        <EventDetails />
        <EventList />
      </>,
      store,
    );
    const list = screen.getByRole('region', { name: 'Events' });
    const entries = within(list).getAllByRole('button');
    expect(entries.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Border treaty'),
      expect.stringContaining('Border clash of September 2022'),
    ]);
    await user.click(within(list).getByRole('button', { name: /Border clash of September 2022/ }));
    expect(store.getState().selectedId).toBe('clash-2022');
    expect(screen.getByRole('region', { name: 'Event details' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /Border clash/ })).toHaveAttribute('aria-current', 'true');

    // The choice brought the date to the clash, so the later treaty is not on the list yet.
    expect(within(list).queryByRole('button', { name: /Border treaty/ })).toBeNull();

    // Selecting from elsewhere (the map, at a date that shows the treaty) is reflected in the list.
    store.getState().setDay(store.getState().data?.extent.max ?? 0);
    store.getState().select('treaty-2025');
    expect(await within(list).findByRole('button', { name: /Border treaty/, current: true })).toBeInTheDocument();
  });
});
