import type { StateInterval } from '../data/eventSchema';
import type { TimedEvent } from './timedEvent';

/** Days an event stays emphasised after it is revealed. */
export const RECENT_DAYS = 30;

/** Index of the first event whose start is after `day` (events sorted by start). */
export function revealedCount(events: readonly TimedEvent[], day: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid]?.startDay ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cumulative view: every event whose interval has begun by `day`, so a month-precision event
 * appears on the first day of its month and stays.
 */
export function visibleEvents(events: readonly TimedEvent[], day: number): TimedEvent[] {
  return events.slice(0, revealedCount(events, day));
}

/** The visible events, newest first, as the events list shows them. */
export function visibleEventsNewestFirst(events: readonly TimedEvent[], day: number): TimedEvent[] {
  return visibleEvents(events, day).reverse();
}

export function isRecent(event: TimedEvent, day: number): boolean {
  return event.startDay <= day && event.startDay > day - RECENT_DAYS;
}

/**
 * The slider's extent in whole years: 1 January of the first event's year to 31 December of the
 * year the last event ends in, so the ends of the scale read as plain years.
 */
export function timeExtent(
  events: readonly TimedEvent[],
  toDay: (iso: string) => number,
  fromDay: (day: number) => string,
): {
  min: number;
  max: number;
} {
  if (events.length === 0) return { min: 0, max: 0 };
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) last = Math.max(last, e.endDay - 1, e.startDay);
  const firstYear = fromDay(events[0]?.startDay ?? 0).slice(0, 4);
  const lastYear = fromDay(last).slice(0, 4);
  return { min: toDay(`${firstYear}-01-01`), max: toDay(`${lastYear}-12-31`) };
}

/** The start day of the nearest event strictly after (`+1`) or before (`-1`) `day`, if any. */
export function neighbourEventDay(events: readonly TimedEvent[], day: number, direction: 1 | -1): number | null {
  if (direction === 1) {
    const next = events[revealedCount(events, day)];
    return next ? next.startDay : null;
  }
  const firstAtOrAfter = revealedCount(events, day - 1);
  const prev = events[firstAtOrAfter - 1];
  return prev ? prev.startDay : null;
}

/** Chronological neighbours of an event, for the details panel's previous/next. */
export function adjacentEvent(events: readonly TimedEvent[], id: string, direction: 1 | -1): TimedEvent | null {
  const i = events.findIndex((e) => e.id === id);
  if (i < 0) return null;
  return events[i + direction] ?? null;
}

export type Status = StateInterval['status'] | 'unknown';

/** The status an interval list gives for `day` (intervals are half-open; `to` absent = ongoing). */
export function statusAt(intervals: readonly StateInterval[] | undefined, day: number, toDay: (iso: string) => number): Status {
  if (!intervals) return 'unknown';
  for (const interval of intervals) {
    const from = toDay(interval.from);
    const to = interval.to ? toDay(interval.to) : Number.POSITIVE_INFINITY;
    if (day >= from && day < to) return interval.status;
  }
  return 'unknown';
}

/** A map of checkpoint id → status at `day`. */
export function checkpointStatusesAt(
  checkpoints: Readonly<Record<string, readonly StateInterval[]>>,
  day: number,
  toDay: (iso: string) => number,
): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (const [id, intervals] of Object.entries(checkpoints)) out[id] = statusAt(intervals, day, toDay);
  return out;
}

/** Severity for marker size: the largest killed/injured figure any source gives, or 0. */
export function severity(event: TimedEvent): number {
  let max = 0;
  for (const f of event.figures) if (f.metric === 'killed' || f.metric === 'injured') max = Math.max(max, f.value);
  return max;
}
