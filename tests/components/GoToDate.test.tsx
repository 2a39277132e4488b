// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/details/EventDetails';
import { EventList } from '../../src/events/EventList';
import { fromDayNumber, toDayNumber } from '../../src/model/days';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const events = [
  makeEvent({ id: 'clash-2021', date: '2021-04-28', title: { en: 'Clash of April 2021' } }),
  makeEvent({ id: 'war-2022', date: '2022-09-14', end: '2022-09-17', title: { en: 'Fighting of September 2022' } }),
];

function storeAt(iso: string, selected?: string) {
  const store = storeWith(events);
  store.getState().setDay(toDayNumber(iso));
  if (selected) store.getState().select(selected);
  return store;
}
const dateOf = (store: ReturnType<typeof storeWith>) => fromDayNumber(store.getState().day);
const details = () => screen.getByRole('region', { name: 'Event details' });

describe('Go to this date', () => {
  it("moves the date to the event's last day, then says the date is shown and keeps focus", async () => {
    const store = storeAt('2025-12-31', 'war-2022');
    renderWithStore(<EventDetails />, store);
    const button = within(details()).getByRole('button', { name: 'Go to this date' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(dateOf(store)).toBe('2022-09-17');
    const showing = within(details()).getByRole('button', { name: 'Showing this date' });
    expect(showing).toHaveAttribute('aria-disabled', 'true');
    expect(showing).toHaveFocus();
  });

  it('says the date is shown on any day of the episode, and does nothing there', async () => {
    const store = storeAt('2022-09-15', 'war-2022');
    renderWithStore(<EventDetails />, store);
    await userEvent.click(within(details()).getByRole('button', { name: 'Showing this date' }));
    expect(dateOf(store)).toBe('2022-09-15');
    act(() => store.getState().setDay(toDayNumber('2022-09-18')));
    expect(within(details()).getByRole('button', { name: 'Go to this date' })).toBeInTheDocument();
  });

  it('Previous and Next take the date with them, backwards as well as forwards', async () => {
    const store = storeAt('2025-12-31', 'clash-2021');
    renderWithStore(<EventDetails />, store);
    await userEvent.click(within(details()).getByRole('button', { name: /Next/ }));
    expect(store.getState().selectedId).toBe('war-2022');
    expect(dateOf(store)).toBe('2022-09-17');
    await userEvent.click(within(details()).getByRole('button', { name: /Previous/ }));
    expect(store.getState().selectedId).toBe('clash-2021');
    expect(dateOf(store)).toBe('2021-04-28');
  });

  it('choosing from the event list moves the date to the event', async () => {
    const store = storeAt('2025-12-31');
    renderWithStore(<EventList />, store);
    await userEvent.click(screen.getByRole('button', { name: /Fighting of September 2022/ }));
    expect(store.getState().selectedId).toBe('war-2022');
    expect(dateOf(store)).toBe('2022-09-17');
  });
});
