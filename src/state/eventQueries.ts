/**
 * Questions asked of a chronological event list (sorted by start day, then id) at a date. Each is
 * a binary search or a walk over only the entries it returns, so a slider step costs the same with
 * 100 or 100,000 events.
 */
import { partitionPoint } from '../model/binarySearch';
import type { TimedEvent } from '../model/timedEvent';
import { endBound, RECENT_DAYS, type TimeView } from '../model/timeMode';

/** How many events have begun by `day`: the index of the first event that starts after it. */
export function revealedCount(events: readonly TimedEvent[], day: number): number {
  return partitionPoint(events.length, (i) => (events[i] as TimedEvent).startDay <= day);
}

export function isRecent(event: TimedEvent, day: number): boolean {
  return event.startDay <= day && event.startDay > day - RECENT_DAYS;
}

/** The events shown at the time view, in chronological order. */
export function eventsInMode(events: readonly TimedEvent[], time: TimeView): TimedEvent[] {
  const begun = events.slice(0, revealedCount(events, time.day));
  if (time.mode === 'cumulative') return begun;
  const bound = endBound(time);
  return begun.filter((e) => e.endDay > bound);
}

/** How many events `eventsInMode` would return, without building the list. */
export function countInMode(events: readonly TimedEvent[], time: TimeView): number {
  const begun = revealedCount(events, time.day);
  if (time.mode === 'cumulative') return begun;
  const bound = endBound(time);
  let n = 0;
  for (let i = 0; i < begun; i++) if ((events[i] as TimedEvent).endDay > bound) n++;
  return n;
}

/** The newest `limit` events shown at the time view, newest first: what the events list draws. */
export function newestInMode(events: readonly TimedEvent[], time: TimeView, limit: number): TimedEvent[] {
  const bound = endBound(time);
  const out: TimedEvent[] = [];
  for (let i = revealedCount(events, time.day) - 1; i >= 0 && out.length < limit; i--) {
    const e = events[i] as TimedEvent;
    if (e.endDay > bound) out.push(e);
  }
  return out;
}

/** The start day of the nearest event strictly after (`+1`) or before (`-1`) `day`, if any. */
export function neighbourEventDay(events: readonly TimedEvent[], day: number, direction: 1 | -1): number | null {
  if (direction === 1) return events[revealedCount(events, day)]?.startDay ?? null;
  return events[revealedCount(events, day - 1) - 1]?.startDay ?? null;
}

/** Chronological neighbours of an event, for the details panel's previous/next. */
export function adjacentEvent(events: readonly TimedEvent[], id: string, direction: 1 | -1): TimedEvent | null {
  const i = events.findIndex((e) => e.id === id);
  if (i < 0) return null;
  return events[i + direction] ?? null;
}

/** Distinct start days, ascending: where playback rests. */
export function startDays(events: readonly TimedEvent[]): number[] {
  const out: number[] = [];
  for (const e of events) if (out[out.length - 1] !== e.startDay) out.push(e.startDay);
  return out;
}
