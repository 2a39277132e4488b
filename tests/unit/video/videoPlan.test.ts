import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import { SPEEDS } from '../../../src/model/speed';
import { defaultPeriod, frameDays, MAX_VIDEO_SECONDS, planVideo, videoSeconds } from '../../../src/video/videoPlan';

const d = toDayNumber;
const EXTENT = { min: d('1992-01-01'), max: d('2025-12-31') };

describe('frameDays', () => {
  it('starts at from, ends at to, and only moves forward, for every speed and rate', () => {
    for (const speed of Object.values(SPEEDS)) {
      for (const fps of [10, 25, 30]) {
        for (const [from, to] of [
          [d('2020-01-01'), d('2022-12-01')],
          [d('2021-03-05'), d('2021-03-20')],
          [d('1992-01-01'), d('2025-12-31')],
        ] as const) {
          const days = frameDays(from, to, speed, fps);
          expect(days[0]).toBe(from);
          expect(days[days.length - 1]).toBe(to);
          for (let k = 1; k < days.length; k++) expect(days[k]).toBeGreaterThan(days[k - 1] as number);
        }
      }
    }
  });

  it('moves about speed ÷ fps days a frame', () => {
    // 1065 days at a year a second and 10 fps: 36.5 days a frame, 29 steps, 30 frames.
    const days = frameDays(d('2020-01-01'), d('2022-12-01'), SPEEDS.year, 10);
    expect(days).toHaveLength(30);
    const steps = days.slice(1).map((day, k) => day - (days[k] as number));
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(36);
    expect(Math.max(...steps)).toBeLessThanOrEqual(37);
  });

  it('gives every day one frame when a frame would cover less than a day, never repeating a date', () => {
    // A month a second at 30 fps is ~1.01 days a frame; a 10-day span has 11 frames, one per day.
    expect(frameDays(100, 110, SPEEDS.month, 30)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
    expect(frameDays(100, 110, 1, 30)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
  });

  it('has two frames for a span shorter than one frame, one for a single day, none for a reversed span', () => {
    expect(frameDays(100, 103, SPEEDS.year, 10)).toEqual([100, 103]);
    expect(frameDays(100, 100, SPEEDS.year, 10)).toEqual([100]);
    expect(frameDays(110, 100, SPEEDS.year, 10)).toEqual([]);
    expect(frameDays(100.5, 110, SPEEDS.year, 10)).toEqual([]);
  });
});

describe('videoSeconds', () => {
  it('is frames ÷ fps', () => {
    expect(videoSeconds(30, 10)).toBe(3);
    expect(videoSeconds(75, 25)).toBe(3);
    expect(videoSeconds(10, 0)).toBe(0);
  });
});

describe('defaultPeriod', () => {
  it('is the window in window mode', () => {
    expect(defaultPeriod({ day: d('2022-09-16'), mode: 'window', windowMonths: 12 }, EXTENT)).toEqual({
      from: d('2021-09-16'),
      to: d('2022-09-16'),
    });
  });

  it('is the five years up to the date in cumulative and instant modes', () => {
    for (const mode of ['cumulative', 'instant'] as const) {
      expect(defaultPeriod({ day: d('2022-09-16'), mode, windowMonths: 12 }, EXTENT)).toEqual({
        from: d('2017-09-16'),
        to: d('2022-09-16'),
      });
    }
  });

  it('starts at the record’s start when the date is closer to it than the span', () => {
    expect(defaultPeriod({ day: d('1994-06-01'), mode: 'cumulative', windowMonths: 12 }, EXTENT)).toEqual({
      from: EXTENT.min,
      to: d('1994-06-01'),
    });
  });

  it('plays forward from the record’s first day when the date is that day', () => {
    const p = defaultPeriod({ day: EXTENT.min, mode: 'window', windowMonths: 12 }, EXTENT);
    expect(p).toEqual({ from: EXTENT.min, to: d('1993-01-01') });
  });
});

describe('planVideo', () => {
  const base = { from: d('2020-01-01'), to: d('2022-12-01'), speed: 'year', fps: 10 } as const;

  it('plans a 3-second video of 30 frames', () => {
    const r = planVideo(base, EXTENT);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.days).toHaveLength(30);
      expect(r.plan.seconds).toBe(3);
    }
  });

  it('asks for both dates', () => {
    expect(planVideo({ ...base, from: null }, EXTENT)).toEqual({ ok: false, problems: [{ key: 'video.error.badDate' }] });
  });

  it('rejects an end before or at the start', () => {
    for (const to of [base.from, base.from - 1]) {
      const r = planVideo({ ...base, to }, EXTENT);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toContainEqual({ key: 'video.error.order' });
    }
  });

  it('rejects dates outside the record, naming its extent', () => {
    const r = planVideo({ ...base, from: d('1980-01-01') }, EXTENT);
    expect(r).toEqual({ ok: false, problems: [{ key: 'video.error.outside', min: EXTENT.min, max: EXTENT.max }] });
    expect(planVideo({ ...base, to: d('2030-01-01') }, EXTENT).ok).toBe(false);
  });

  it('rejects a video longer than the limit, saying how long it would be', () => {
    // The whole record at a month a second: 34 years × 12 s ≈ 408 s.
    const r = planVideo({ from: EXTENT.min, to: EXTENT.max, speed: 'month', fps: 25 }, EXTENT);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const p = r.problems[0];
      expect(p?.key).toBe('video.error.tooLong');
      if (p?.key === 'video.error.tooLong') {
        expect(p.seconds).toBeGreaterThan(MAX_VIDEO_SECONDS);
        expect(p.max).toBe(MAX_VIDEO_SECONDS);
      }
    }
  });
});
