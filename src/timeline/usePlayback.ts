import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../state/store';
import { clockAt, PAUSE_ON_EVENT_MS, type PlaybackClock, SPEEDS, startPosition, tick } from './playback';

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Distinct start days of the events playback stops at, ascending. */
function startDays(state: AppStore): number[] {
  const out: number[] = [];
  for (const e of state.filtered) if (out[out.length - 1] !== e.startDay) out.push(e.startDay);
  return out;
}

/**
 * Drives the pure playback clock from animation frames while `playing` is on. The clock keeps a
 * fractional day; the store gets whole days. Scrubbing during playback moves the clock with it.
 */
export function usePlayback(store: StoreApi<AppStore>): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let clock: PlaybackClock | null = null;
    let starts: number[] = [];
    let startsFor: AppStore['filtered'] | null = null;

    const loop = (now: number) => {
      const state = store.getState();
      if (!state.playing || !state.data) return;
      if (startsFor !== state.filtered) {
        starts = startDays(state);
        startsFor = state.filtered;
      }
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
