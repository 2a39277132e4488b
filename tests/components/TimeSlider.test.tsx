// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/model/days';
import { TimeSlider } from '../../src/timeline/TimeSlider';
import { buildTimeScale, xOfDay } from '../../src/timeline/timeScale';
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

  it('keeps day numbers as its value, and names the month’s count as its description', () => {
    const { slider, store } = setup('2021-04-28');
    expect(slider).toHaveValue(String(toDayNumber('2021-04-28')));
    expect(slider).toHaveAttribute('min', String(store.getState().data?.extent.min));
    fireEvent.change(slider, { target: { value: String(toDayNumber('1992-10-05')) } });
    expect(store.getState().day).toBe(toDayNumber('1992-10-05'));
    const describedBy = slider.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)).toHaveTextContent('October 1992: 1 event');
  });

  it('maps a pointer on the track to a day through the same uneven scale as the strip', () => {
    const { store, day } = setup('2000-01-01');
    const data = store.getState().data;
    if (!data) throw new Error('no data');
    const scale = buildTimeScale(
      data.extent,
      data.events.map((e) => e.startDay),
    );
    const track = screen.getByTestId('timeline-track');
    const inner = track.firstElementChild as HTMLElement;
    // jsdom lays nothing out: a 600 px track at x = 20.
    inner.getBoundingClientRect = () => ({ left: 20, width: 600, top: 0, height: 26 }) as DOMRect;
    const target = toDayNumber('2021-04-20');
    fireEvent.pointerDown(track, { button: 0, pointerId: 1, clientX: 20 + xOfDay(scale, target + 0.5) * 600 });
    expect(day()).toBe('2021-04-20');
    // The busy year is wider than a linear track would make it: its x is not the linear one.
    const linear = (target - data.extent.min) / (data.extent.max + 1 - data.extent.min);
    expect(Math.abs(xOfDay(scale, target) - linear)).toBeGreaterThan(0.02);
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
