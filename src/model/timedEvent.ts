import { type DayExtent, eventInterval, firstOfMonthAfter, yearMonthOf } from './days';
import type { BorderEvent } from './record';

/** Where an event the person imported came from; absent on the built-in record. */
export interface ImportOrigin {
  fileId: string;
  fileName: string;
  row: number;
}

/** An event with its [startDay, endDay) interval in day numbers, computed once when data loads. */
export type TimedEvent = BorderEvent & { startDay: number; endDay: number; imported?: ImportOrigin };

/** Orders events by start, then id: the order every sorted lookup relies on. */
export function byStart(a: TimedEvent, b: TimedEvent): number {
  return a.startDay - b.startDay || a.id.localeCompare(b.id);
}

/** Adds intervals and sorts by start (then id). */
export function toTimedEvents<E extends BorderEvent>(events: readonly E[]): (E & TimedEvent)[] {
  // Records are freshly parsed and owned here: adding the interval in place, rather than copying,
  // keeps one object per event however large the record.
  return events
    .map((e) => {
      const { start, end } = eventInterval(e);
      return Object.assign(e, { startDay: start, endDay: end });
    })
    .sort(byStart);
}

/**
 * The slider's extent in whole years: 1 January of the first event's year to 31 December of the
 * year the last event ends in, so the ends of the scale read as plain years.
 */
export function timeExtent(events: readonly TimedEvent[]): DayExtent {
  if (events.length === 0) return { min: 0, max: 0 };
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) last = Math.max(last, e.endDay - 1, e.startDay);
  const firstYear = yearMonthOf(events[0]?.startDay ?? 0).year;
  const lastYear = yearMonthOf(last).year;
  return { min: firstOfMonthAfter(firstYear, 1), max: firstOfMonthAfter(lastYear + 1, 1) - 1 };
}

/** Severity for marker size: the largest killed/injured figure any source gives, or 0. */
export function severity(event: BorderEvent): number {
  let max = 0;
  for (const f of event.figures) if (f.metric === 'killed' || f.metric === 'injured') max = Math.max(max, f.value);
  return max;
}
