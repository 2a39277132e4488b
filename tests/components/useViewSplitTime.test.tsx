// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewSplitTime, VIEW_SPLIT_SETTLE_MS } from '../../src/components/useViewSplitTime';
import { toDayNumber } from '../../src/model/days';
import { DENSE_RECORD_SIZE } from '../../src/model/layerGroup';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Probe({ seen }: { seen: number[] }) {
  seen.push(useViewSplitTime().day);
  return null;
}

function setup(count: number) {
  const events = Array.from({ length: count }, (_, i) => makeEvent({ id: `e${i}`, date: '2021-04-28' }));
  const store = storeWith(events);
  const seen: number[] = [];
  renderWithStore(<Probe seen={seen} />, store);
  return { store, seen };
}

describe('useViewSplitTime', () => {
  it('follows the slider straight away for an ordinary record', () => {
    vi.useFakeTimers();
    const { store, seen } = setup(3);
    act(() => store.getState().setDay(toDayNumber('2021-06-01')));
    expect(store.getState().day).toBe(toDayNumber('2021-06-01'));
    expect(seen.at(-1)).toBe(store.getState().day);
  });

  it('follows a large record only once the slider rests', () => {
    vi.useFakeTimers();
    const { store, seen } = setup(DENSE_RECORD_SIZE + 1);
    const start = store.getState().day;
    const steps = ['2021-06-01', '2021-08-01', '2021-10-01'].map(toDayNumber);
    for (const day of steps) {
      act(() => store.getState().setDay(day));
      act(() => vi.advanceTimersByTime(VIEW_SPLIT_SETTLE_MS / 2));
    }
    // Moving all along: still the date it started at.
    expect(store.getState().day).toBe(steps.at(-1));
    expect(seen.at(-1)).toBe(start);
    act(() => vi.advanceTimersByTime(VIEW_SPLIT_SETTLE_MS));
    expect(seen.at(-1)).toBe(steps.at(-1));
  });
});
