import { eventInterval } from '../data/eventInterval';
import type { BorderEvent } from '../data/eventSchema';

/** An event with its [startDay, endDay) interval in day numbers, computed once when data loads. */
export type TimedEvent = BorderEvent & { startDay: number; endDay: number };

/** Adds intervals and sorts by start (then id), the order every selector relies on. */
export function toTimedEvents(events: readonly BorderEvent[]): TimedEvent[] {
  // Records are freshly parsed and owned here: adding the interval in place, rather than copying,
  // keeps one object per event however large the record.
  return events
    .map((e) => {
      const { start, end } = eventInterval(e);
      return Object.assign(e, { startDay: start, endDay: end });
    })
    .sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id));
}
