// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventList } from '../../src/events/EventList';
import { FiltersPanel } from '../../src/filters/FiltersPanel';
import { isSearchShortcut, isTypingTarget } from '../../src/filters/searchKeys';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const events = [
  makeEvent({ id: 'visit-2021', date: '2021-04-09', category: 'visit', title: { en: 'Visit to Vorukh' } }),
  makeEvent({ id: 'clash-2022', date: '2022-09-14', category: 'clash', title: { en: 'Border war' } }),
  makeEvent({ id: 'treaty-2025', date: '2025-03-13', category: 'treaty', title: { en: 'Border treaty' } }),
];

function renderBoth() {
  const store = storeWith(events);
  renderWithStore(
    <>
      <FiltersPanel />
      <EventList />
    </>,
    store,
  );
  return store;
}

describe('the search shortcut', () => {
  it('is "/" outside text fields only', () => {
    const input = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    const press = (target: EventTarget | null, over: Partial<KeyboardEvent> = {}) =>
      isSearchShortcut({ key: '/', ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...over });
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(press(document.body)).toBe(true);
    expect(press(box)).toBe(true);
    expect(press(input)).toBe(false);
    expect(press(document.body, { ctrlKey: true })).toBe(false);
    expect(press(document.body, { key: '?' })).toBe(false);
  });

  it('"/" focuses the search field, even when its panel was folded; typed "/" in a field stays text', async () => {
    const user = userEvent.setup();
    renderBoth();
    const field = screen.getByRole('searchbox');
    const panel = field.closest('details') as HTMLDetailsElement;
    panel.open = false;
    document.body.focus();
    await user.keyboard('/');
    expect(panel.open).toBe(true);
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    await user.keyboard('2021/04');
    expect(field).toHaveValue('2021/04');
  });

  it('↓ in the field applies the query at once and moves into the results', async () => {
    const user = userEvent.setup();
    const store = renderBoth();
    const field = screen.getByRole('searchbox');
    await user.click(field);
    await user.keyboard('treaty{ArrowDown}');
    expect(store.getState().filters.search).toBe('treaty');
    const list = screen.getByRole('region', { name: 'Events' });
    await vi.waitFor(() => expect(within(list).getByRole('button', { name: /Border treaty/ })).toHaveFocus());
  });
});
