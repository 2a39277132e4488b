// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The first-map promise is module state (one per page), so each test loads a fresh copy of the
 * module. Fake timers drive both the idle fallback and the wait limit.
 */
async function freshReadiness() {
  vi.resetModules();
  return import('../../../src/map/readiness');
}

describe('whenIdleAfterFirstMap', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom has no requestIdleCallback: the module falls back to a timer, the path older Safari takes.
    Reflect.deleteProperty(window, 'requestIdleCallback');
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the first map, however idle the page is before it', async () => {
    const { whenIdleAfterFirstMap, markFirstMapSettled } = await freshReadiness();
    const task = vi.fn();
    whenIdleAfterFirstMap(task);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).not.toHaveBeenCalled();
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs anyway once the wait limit is reached (a map that never gets there)', async () => {
    const { whenIdleAfterFirstMap, FIRST_MAP_WAIT_MS } = await freshReadiness();
    const task = vi.fn();
    whenIdleAfterFirstMap(task);
    await vi.advanceTimersByTimeAsync(FIRST_MAP_WAIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before it runs (the component went away)', async () => {
    const { whenIdleAfterFirstMap, markFirstMapSettled } = await freshReadiness();
    const task = vi.fn();
    const cancel = whenIdleAfterFirstMap(task);
    cancel();
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).not.toHaveBeenCalled();
  });

  it('uses the idle callback where the browser has one', async () => {
    const idle = vi.fn((cb: () => void) => {
      cb();
      return 1;
    });
    Object.assign(window, { requestIdleCallback: idle });
    const { whenIdleAfterFirstMap, markFirstMapSettled } = await freshReadiness();
    const task = vi.fn();
    whenIdleAfterFirstMap(task, 1234);
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledWith(task, { timeout: 1234 });
    expect(task).toHaveBeenCalledTimes(1);
  });
});
