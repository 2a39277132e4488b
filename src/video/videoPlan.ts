/*
 * What a recording will be, worked out before anything is drawn: the dates of its frames, its
 * length, and whether the reader's choices make sense. Pure, so the rules are unit-tested.
 */
import { addMonths, type DayExtent } from '../model/days';
import { SPEEDS, type Speed } from '../model/speed';
import type { TimeView } from '../model/timeMode';

/** Frame rates offered: 10 keeps a recording quick on a slow machine, 25 and 30 are broadcast rates. */
export const FRAME_RATES = [10, 25, 30] as const;
export type FrameRate = (typeof FRAME_RATES)[number];
export const DEFAULT_FRAME_RATE: FrameRate = 25;

/** A longer video takes long to record and long to watch; a faster speed or a shorter period fits. */
export const MAX_VIDEO_SECONDS = 300;

/** The output size: 16:9, even on both sides (VP8/VP9 encoders want even sizes), 720p. */
export const VIDEO_WIDTH = 1280;
export const VIDEO_HEIGHT = 720;

/** In cumulative and instant modes, the default period is this many months up to the date. */
export const DEFAULT_SPAN_MONTHS = 60;

export interface VideoOptions {
  /** Day numbers, inclusive. */
  from: number;
  to: number;
  speed: Speed;
  fps: FrameRate;
}

/**
 * The day shown in each frame: first `from`, last `to`, strictly increasing. Each frame moves the
 * date by about speed ÷ fps days; when that is under a day, every day gets one frame (a date never
 * repeats, so the video's date only moves forward), and the video is shorter than the speed implies.
 */
export function frameDays(from: number, to: number, daysPerSecond: number, fps: number): number[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) return [];
  const span = to - from;
  if (span === 0) return [from];
  const perFrame = daysPerSecond / fps;
  const steps = Math.min(span, Math.max(1, Math.round(span / perFrame)));
  // Rounding k·span/steps keeps the steps within a day of each other, and span/steps ≥ 1 keeps them apart.
  return Array.from({ length: steps + 1 }, (_, k) => from + Math.round((k * span) / steps));
}

/** Seconds of video: every frame is shown for 1/fps of a second. */
export function videoSeconds(frames: number, fps: number): number {
  return fps > 0 ? frames / fps : 0;
}

/**
 * The period a recording starts with. Window mode: the window the map shows now (its start to the
 * date). Cumulative and instant: the last five years up to the date, from the record's start if that
 * is later — the whole record (since 1992) at the default three months a second would run over two
 * minutes, while five years gives about 20 s, the length of a clip people watch to the end, and
 * covers the escalation since 2021. Always inside the record's extent, and from < to when it can be.
 */
export function defaultPeriod(view: TimeView, extent: DayExtent): { from: number; to: number } {
  const to = Math.min(extent.max, Math.max(extent.min, view.day));
  const months = view.mode === 'window' ? view.windowMonths : DEFAULT_SPAN_MONTHS;
  let from = Math.max(extent.min, addMonths(to, -months));
  // At the record's first day there is nothing before: play forward from it instead.
  let end = to;
  if (from >= end) {
    from = extent.min;
    end = Math.min(extent.max, addMonths(extent.min, months));
  }
  return { from, to: end };
}

export type VideoProblem =
  | { key: 'video.error.badDate' }
  | { key: 'video.error.order' }
  | { key: 'video.error.outside'; min: number; max: number }
  | { key: 'video.error.tooLong'; seconds: number; max: number };

export interface VideoPlan {
  days: number[];
  fps: FrameRate;
  seconds: number;
}

/** The frames to record, or every reason the options cannot be recorded (worded by the dialog). */
export function planVideo(
  options: { from: number | null; to: number | null; speed: Speed; fps: FrameRate },
  extent: DayExtent,
): { ok: true; plan: VideoPlan } | { ok: false; problems: VideoProblem[] } {
  const { from, to, speed, fps } = options;
  if (from === null || to === null || !Number.isInteger(from) || !Number.isInteger(to)) {
    return { ok: false, problems: [{ key: 'video.error.badDate' }] };
  }
  const problems: VideoProblem[] = [];
  if (from < extent.min || to > extent.max || from > extent.max || to < extent.min) {
    problems.push({ key: 'video.error.outside', min: extent.min, max: extent.max });
  }
  if (from >= to) problems.push({ key: 'video.error.order' });
  if (problems.length > 0) return { ok: false, problems };
  const days = frameDays(from, to, SPEEDS[speed], fps);
  const seconds = videoSeconds(days.length, fps);
  if (seconds > MAX_VIDEO_SECONDS) {
    return { ok: false, problems: [{ key: 'video.error.tooLong', seconds: Math.round(seconds), max: MAX_VIDEO_SECONDS }] };
  }
  return { ok: true, plan: { days, fps, seconds } };
}

/**
 * The share of a recording that the live status announces: whole tenths (0 at the start, 100 at the
 * end), so a screen reader hears at most eleven updates however many frames there are.
 */
export function announcedPercent(done: number, total: number): number {
  if (!(total > 0) || !(done > 0)) return 0;
  if (done >= total) return 100;
  return Math.floor((done * 10) / total) * 10;
}
