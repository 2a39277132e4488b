import { describe, expect, it } from 'vitest';
import { SPEEDS } from '../../../src/model/speed';
import { MAX_FRAME_MS, nextStartAfter, type PlaybackConfig, startPosition, tick } from '../../../src/timeline/playback';

const cfg: PlaybackConfig = { daysPerSecond: 10, pauseMs: 1000, loop: false, min: 0, max: 100, steps: false };

describe('playback clock', () => {
  it('advances by speed × elapsed time', () => {
    const r = tick({ position: 0, holdMs: 0, movedMs: 1000 }, 200, [], cfg);
    expect(r.position).toBeCloseTo(2);
    expect(r).toMatchObject({ holdMs: 0, ended: false, reachedEvent: null });
  });

  it('stops exactly on the next event start and rests there for the pause', () => {
    const r = tick({ position: 4.5, holdMs: 0, movedMs: 1000 }, 100, [5, 50], { ...cfg, daysPerSecond: 100 });
    expect(r).toEqual({ position: 5, holdMs: 1000, movedMs: 0, ended: false, reachedEvent: 5 });
    const resting = tick(r, 200, [5, 50], cfg);
    expect(resting).toMatchObject({ position: 5, holdMs: 800, reachedEvent: null });
  });

  it('carries the time left after a pause into moving on', () => {
    const r = tick({ position: 5, holdMs: 100, movedMs: 1000 }, 200, [5, 50], cfg);
    expect(r.position).toBeCloseTo(6);
    expect(r.holdMs).toBe(0);
  });

  it('never leaps after a long frame (a background tab)', () => {
    const r = tick({ position: 0, holdMs: 0, movedMs: 1000 }, 60_000, [], cfg);
    expect(r.position).toBeCloseTo((MAX_FRAME_MS / 1000) * 10);
  });

  it('ends at the last day, or starts over when looping', () => {
    expect(tick({ position: 99, holdMs: 0, movedMs: 1000 }, 200, [], cfg)).toMatchObject({
      position: 100,
      holdMs: 0,
      ended: true,
      reachedEvent: null,
    });
    expect(tick({ position: 99, holdMs: 0, movedMs: 1000 }, 200, [], { ...cfg, loop: true })).toMatchObject({
      position: 0,
      holdMs: 1000,
      ended: false,
    });
  });

  it('with reduced motion jumps from event to event instead of sweeping', () => {
    const steps = { ...cfg, steps: true };
    const first = tick({ position: 0, holdMs: 0, movedMs: 1000 }, 16, [30, 60], steps);
    expect(first).toMatchObject({ position: 30, holdMs: 1000, ended: false, reachedEvent: 30 });
    const waiting = tick(first, 500, [30, 60], steps);
    expect(waiting.position).toBe(30);
    expect(tick({ position: 30, holdMs: 0, movedMs: 1000 }, 16, [30, 60], steps).position).toBe(60);
    expect(tick({ position: 60, holdMs: 0, movedMs: 1000 }, 16, [30, 60], steps).ended).toBe(true);
  });

  it('keeps moving through a dense record, resting at most once per pause length of travel', () => {
    const starts = Array.from({ length: 1000 }, (_, i) => i / 10 + 0.05).map(Math.ceil);
    const unique = [...new Set(starts)];
    let clock = { position: 0, holdMs: 0, movedMs: 1000 };
    let rests = 0;
    for (let frame = 0; frame < 600; frame++) {
      const r = tick(clock, 16, unique, cfg);
      if (r.reachedEvent !== null) rests++;
      clock = r;
    }
    // 9.6 s of play: about half of it resting, and the date still advances (10 days/s moving).
    expect(rests).toBeGreaterThan(2);
    expect(rests).toBeLessThan(6);
    expect(clock.position).toBeGreaterThan(30);
  });

  it('restarts from the beginning when play is pressed at the end', () => {
    expect(startPosition(100, cfg)).toBe(0);
    expect(startPosition(42, cfg)).toBe(42);
  });

  it('finds the next start by binary search', () => {
    expect(nextStartAfter([1, 5, 9], 0)).toBe(1);
    expect(nextStartAfter([1, 5, 9], 5)).toBe(9);
    expect(nextStartAfter([1, 5, 9], 9)).toBeNull();
  });

  it('offers speeds from a month to a year per second', () => {
    expect(SPEEDS.month).toBeCloseTo(30.44, 1);
    expect(SPEEDS.year).toBeCloseTo(365.25);
  });
});
