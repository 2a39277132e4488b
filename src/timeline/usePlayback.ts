import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { SPEEDS } from '../model/speed';
import { prefersReducedMotion } from '../platform/media';
import type { AppStore } from '../state/appState';
import { selectStartDays } from '../state/selectors';
import { clockAt, PAUSE_ON_EVENT_MS, type PlaybackClock, startPosition, tick } from './playback';

/**
 * Drives the pure playback clock from animation frames while `playing` is on. The clock keeps a
 * fractional day; the store gets whole days. Scrubbing during playback moves the clock with it.
 */
export function usePlayback(store: StoreApi<AppStore>): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let clock: PlaybackClock | null = null;

    const loop = (now: number) => {
      const state = store.getState();
      if (!state.playing || !state.data) return;
      const starts = selectStartDays(state);
      const { min, max } = state.data.extent;
      if (clock === null) {
        clock = clockAt(startPosition(state.day, { min, max }));
        if (clock.position !== state.day) state.setDay(clock.position);
      } else if (Math.floor(clock.position) !== state.day) {
        clock = clockAt(state.day);
      }
      const elapsed = last === 0 ? 0 : now - last;
      last = now;
      const result = tick(clock, elapsed, starts, {
        daysPerSecond: SPEEDS[state.speed],
        pauseMs: PAUSE_ON_EVENT_MS,
        loop: state.loop,
        min,
        max,
        steps: prefersReducedMotion(),
      });
      clock = { position: result.position, holdMs: result.holdMs, movedMs: result.movedMs };
      const whole = Math.floor(result.position);
      if (whole !== state.day) state.setDay(whole);
      if (result.ended) {
        state.setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(loop);
    };

    const unsubscribe = store.subscribe((next, prev) => {
      if (next.playing === prev.playing) return;
      cancelAnimationFrame(frame);
      clock = null;
      last = 0;
      if (next.playing) frame = requestAnimationFrame(loop);
    });
    if (store.getState().playing) frame = requestAnimationFrame(loop);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
