import { describe, expect, it, vi } from 'vitest';
import { memoizeLast, memoizeRecent } from '../../../src/state/memoize';
import { selectShownEvents, selectTimeView } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';

describe('memoizeRecent', () => {
  it('answers two alternating questions from memory, where memoizeLast recomputes each time', () => {
    const a = { day: 1 };
    const b = { day: 2 };
    const slow = vi.fn((x: { day: number }) => x.day * 10);
    const last = memoizeLast(slow);
    for (const x of [a, b, a, b]) last(x);
    expect(slow).toHaveBeenCalledTimes(4);

    slow.mockClear();
    const recent = memoizeRecent(slow);
    expect([a, b, a, b, a].map((x) => recent(x))).toEqual([10, 20, 10, 20, 10]);
    expect(slow).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest call beyond its size', () => {
    const fn = vi.fn((n: number) => n + 1);
    const recent = memoizeRecent(fn, 2);
    recent(1);
    recent(2);
    recent(3);
    recent(2);
    expect(fn).toHaveBeenCalledTimes(3);
    recent(1);
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it("keeps a slider step's date and a view's deferred date both remembered for the shown events", () => {
    const store = createAppStore();
    const before = selectTimeView(store.getState());
    const first = selectShownEvents(store.getState(), before);
    store.getState().setDay(store.getState().day - 400);
    const after = selectTimeView(store.getState());
    selectShownEvents(store.getState(), after);
    // The deferred view asks about the old date again: the very same array, not a new walk.
    expect(selectShownEvents(store.getState(), before)).toBe(first);
  });
});
