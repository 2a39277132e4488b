// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EventList } from '../../src/events/EventList';
import { toDayNumber } from '../../src/model/days';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

function setup(selected: string | null = null) {
  const store = storeWith([
    makeEvent({ id: 'a', date: '2021-01-01', title: { en: 'Alpha' } }),
    makeEvent({ id: 'b', date: '2022-01-01', title: { en: 'Beta' } }),
    makeEvent({ id: 'c', date: '2023-01-01', title: { en: 'Gamma' } }),
  ]);
  store.getState().setDay(toDayNumber('2023-06-01'));
  if (selected) store.getState().select(selected);
  renderWithStore(
    <>
      <button type="button">Before</button>
      <EventList />
      <button type="button">After</button>
    </>,
    store,
  );
  const list = screen.getByRole('region', { name: 'Events' });
  const entry = (title: string) => within(list).getByRole('button', { name: new RegExp(title) });
  return { store, entry };
}

describe('EventList keyboard', () => {
  it('is one Tab stop, entered at the first entry (newest first)', async () => {
    const user = userEvent.setup();
    const { entry } = setup();
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(entry('Gamma')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('moves with the arrows, Home and End, and comes back by Tab to where it was', async () => {
    const user = userEvent.setup();
    const { entry } = setup();
    entry('Gamma').focus();
    await user.keyboard('{ArrowDown}');
    expect(entry('Beta')).toHaveFocus();
    await user.keyboard('{End}');
    expect(entry('Alpha')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(entry('Alpha')).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(entry('Beta')).toHaveFocus();
    await user.tab();
    await user.tab({ shift: true });
    expect(entry('Beta')).toHaveFocus();
    expect([entry('Alpha'), entry('Beta'), entry('Gamma')].map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('labels the focused entry on the map and opens it with Enter', async () => {
    const user = userEvent.setup();
    const { entry, store } = setup();
    entry('Gamma').focus();
    await user.keyboard('{ArrowDown}');
    expect(store.getState().hoveredId).toBe('b');
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('b');
  });

  it('is entered at the selected entry', async () => {
    const user = userEvent.setup();
    const { entry } = setup('a');
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(entry('Alpha')).toHaveFocus();
  });
});
