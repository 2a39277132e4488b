// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/model/days';
import { TimeSlider } from '../../src/timeline/TimeSlider';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

function setup(day: string) {
  const store = storeWith([
    makeEvent({ id: 'first', date: '1992-10', precision: 'month' }),
    makeEvent({ id: 'clash', date: '2021-04-28', category: 'clash' }),
    makeEvent({ id: 'last', date: '2025-03-13' }),
  ]);
  store.getState().setDay(toDayNumber(day));
  renderWithStore(<TimeSlider />, store);
  return { store, slider: screen.getByRole('slider', { name: 'Date' }), day: () => fromDayNumber(store.getState().day) };
}

describe('TimeSlider', () => {
  it('is a slider named "Date" whose value text is the date in words', () => {
    const { slider } = setup('2021-04-28');
    expect(slider).toHaveAttribute('aria-valuetext', '28 April 2021');
  });

  it('follows the keyboard contract: arrows a day, PageUp/PageDown a month, Home/End the ends', async () => {
    const user = userEvent.setup();
    const { slider, day } = setup('2021-04-28');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(day()).toBe('2021-04-29');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(day()).toBe('2021-04-27');
    await user.keyboard('{PageUp}');
    expect(day()).toBe('2021-05-27');
    await user.keyboard('{PageDown}{PageDown}');
    expect(day()).toBe('2021-03-27');
    await user.keyboard('{Home}');
    expect(day()).toBe('1992-01-01');
    await user.keyboard('{End}');
    expect(day()).toBe('2025-12-31');
    expect(slider).toHaveAttribute('aria-valuetext', '31 December 2025');
  });

  it('jumps to the neighbouring events with the Previous/Next buttons', async () => {
    const user = userEvent.setup();
    const { day } = setup('2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(day()).toBe('2021-04-28');
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(day()).toBe('2025-03-13');
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(day()).toBe('2021-04-28');
  });
});
