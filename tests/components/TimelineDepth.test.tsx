// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiltersPanel } from '../../src/filters/FiltersPanel';
import { toDayNumber } from '../../src/model/days';
import { selectFiltered } from '../../src/state/selectors';
import { Announcer } from '../../src/timeline/Announcer';
import { ANNOUNCE_INTERVAL_MS } from '../../src/timeline/announcements';
import { TimeSlider } from '../../src/timeline/TimeSlider';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const events = [
  makeEvent({ id: 'clash-2021', date: '2021-04-28', category: 'clash', title: { en: 'Clash at the water intake' } }),
  makeEvent({ id: 'visit-2021', date: '2021-04-09', category: 'visit', title: { en: 'Visit to Vorukh' } }),
  makeEvent({ id: 'clash-2022', date: '2022-09-14', category: 'clash', title: { en: 'Border war' } }),
  makeEvent({ id: 'treaty-2025', date: '2025-03-13', category: 'treaty', title: { en: 'Border treaty' } }),
];

describe('playback controls', () => {
  it('Play becomes Pause and back, by click and by Space on the slider', async () => {
    const user = userEvent.setup();
    const store = storeWith(events);
    store.getState().setDay(toDayNumber('2021-01-01'));
    renderWithStore(<TimeSlider />, store);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    screen.getByRole('slider', { name: 'Date' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    // Space on a button keeps its own meaning (pressing that button), it does not also toggle.
    expect(store.getState().playing).toBe(true);
    screen.getByRole('button', { name: 'Next event' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    act(() => store.getState().setPlaying(false));
  });

  it('switches mode and speed through visible controls', async () => {
    const user = userEvent.setup();
    const store = storeWith(events);
    renderWithStore(<TimeSlider />, store);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'instant');
    expect(store.getState().mode).toBe('instant');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), 'year');
    expect(store.getState().speed).toBe('year');
  });
});

describe('filters', () => {
  it('update the visible / total counts as the search narrows, and clear', async () => {
    const user = userEvent.setup();
    const store = storeWith(events);
    store.getState().setDay(toDayNumber('2022-12-31'));
    renderWithStore(<FiltersPanel />, store);
    const clashCount = () => document.getElementById('filter-count-clash')?.textContent;
    expect(clashCount()).toContain('2 / 2');
    await user.type(screen.getByRole('searchbox'), 'war');
    await vi.waitFor(() => expect(store.getState().filters.search).toBe('war'));
    expect(clashCount()).toContain('1 / 2');
    expect(screen.getByText(/Filters on: 1 of 4/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Treaty/ }));
    expect(store.getState().filters.hiddenCategories).toEqual(['treaty']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(selectFiltered(store.getState())).toBe(store.getState().data?.events);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});

describe('filters and the store', () => {
  it('a search set from outside (a link, Back) shows in the field and is never written back over', async () => {
    const store = storeWith(events);
    renderWithStore(<FiltersPanel />, store);
    act(() => store.getState().setSearch('<img src=x onerror=alert(1)>'));
    expect(screen.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
    await new Promise((r) => setTimeout(r, 400));
    expect(store.getState().filters.search).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
  });
});

describe('announcements', () => {
  it('the live region names newly revealed events, gathered and throttled', () => {
    vi.useFakeTimers();
    const store = storeWith(events);
    store.getState().setDay(toDayNumber('2021-01-01'));
    renderWithStore(<Announcer />, store);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => store.getState().setDay(toDayNumber('2021-04-10')));
    act(() => store.getState().setDay(toDayNumber('2021-04-28')));
    act(() => vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS));
    expect(
      within(region).getByText(/Visit to Vorukh \(9 April 2021\); Clash at the water intake \(28 April 2021\)/),
    ).toBeTruthy();
    // Moving back says nothing new.
    act(() => store.getState().setDay(toDayNumber('2021-01-01')));
    act(() => vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS * 2));
    expect(region.textContent).toContain('Clash at the water intake');
  });
});
