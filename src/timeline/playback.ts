/**
 * The playback clock, kept pure so its timing rules are unit-tested without timers: the view
 * calls `tick` once per animation frame with the time elapsed. Speeds are in model/speed.ts.
 */
import { countAtMost } from '../model/binarySearch';

/** How long playback rests on a newly revealed event so its marker and list entry can be read. */
export const PAUSE_ON_EVENT_MS = 1200;

/** A frame longer than this (a background tab, a debugger stop) counts as this long, so playback never leaps. */
export const MAX_FRAME_MS = 250;

export interface PlaybackConfig {
  daysPerSecond: number;
  pauseMs: number;
  loop: boolean;
  min: number;
  max: number;
  /** Reduced motion: jump from event to event instead of sweeping through the days between. */
  steps: boolean;
}

export interface PlaybackClock {
  /** Fractional day: the store only ever sees its whole part. */
  position: number;
  /** Time left to rest on the current event. */
  holdMs: number;
  /**
   * Time spent moving since the last rest. Playback rests on an event only after moving at least
   * a pause's length, so a dense record (events every few hours) still moves, at about half speed,
   * while a sparse one rests on every event.
   */
  movedMs: number;
}

/** A fresh clock at `position`, ready to rest on the first event it meets. */
export function clockAt(position: number, pauseMs = PAUSE_ON_EVENT_MS): PlaybackClock {
  return { position, holdMs: 0, movedMs: pauseMs };
}

/** In reduced-motion steps, each jump covers at least this share of a second's travel. */
const MIN_STEP_SECONDS = 0.25;

export interface TickResult extends PlaybackClock {
  /** Playback reached the end and does not loop. */
  ended: boolean;
  /** The day of an event start the clock stopped on in this tick, if any. */
  reachedEvent: number | null;
}

/** First start strictly after `day` in ascending `starts`, or null. */
export function nextStartAfter(starts: readonly number[], day: number): number | null {
  return starts[countAtMost(starts, day)] ?? null;
}

/** Where playing starts: from the current day, or from the beginning when already at the end. */
export function startPosition(day: number, cfg: Pick<PlaybackConfig, 'min' | 'max'>): number {
  return day >= cfg.max ? cfg.min : day;
}

export function tick(clock: PlaybackClock, elapsedMs: number, starts: readonly number[], cfg: PlaybackConfig): TickResult {
  let dt = Math.min(Math.max(0, elapsedMs), MAX_FRAME_MS);
  let { position, holdMs, movedMs } = clock;
  if (holdMs > 0) {
    if (dt < holdMs) return { position, holdMs: holdMs - dt, movedMs, ended: false, reachedEvent: null };
    dt -= holdMs;
    holdMs = 0;
  }

  if (cfg.steps) {
    // One jump per pause: the date changes in discrete steps, with no sweeping in between.
    const minStep = cfg.daysPerSecond * MIN_STEP_SECONDS;
    const next = nextStartAfter(starts, Math.floor(position + Math.max(0, minStep - 1)));
    if (next !== null && next <= cfg.max) return rest(next, cfg);
    return atEnd(cfg);
  }

  const target = position + (dt / 1000) * cfg.daysPerSecond;
  const next = nextStartAfter(starts, Math.floor(position));
  if (movedMs >= cfg.pauseMs && next !== null && next <= target && next <= cfg.max) return rest(next, cfg);
  if (target >= cfg.max) return atEnd(cfg);
  return { position: target, holdMs: 0, movedMs: movedMs + dt, ended: false, reachedEvent: null };
}

function rest(day: number, cfg: PlaybackConfig): TickResult {
  return { position: day, holdMs: cfg.pauseMs, movedMs: 0, ended: false, reachedEvent: day };
}

function atEnd(cfg: PlaybackConfig): TickResult {
  if (cfg.loop) return { position: cfg.min, holdMs: cfg.pauseMs, movedMs: cfg.pauseMs, ended: false, reachedEvent: null };
  return { position: cfg.max, holdMs: 0, movedMs: 0, ended: true, reachedEvent: null };
}
