import { eventInterval } from '../data/eventInterval';
import type { BorderEvent } from '../data/eventSchema';

/** Where an event the person imported came from; absent on the built-in record. */
export interface ImportOrigin {
  fileId: string;
  fileName: string;
  row: number;
}

/** An event with its [startDay, endDay) interval in day numbers, computed once when data loads. */
export type TimedEvent = BorderEvent & { startDay: number; endDay: number; imported?: ImportOrigin };

/** Adds intervals and sorts by start (then id), the order every selector relies on. */
export function toTimedEvents<E extends BorderEvent>(events: readonly E[]): (E & TimedEvent)[] {
  // Records are freshly parsed and owned here: adding the interval in place, rather than copying,
  // keeps one object per event however large the record.
  return events
    .map((e) => {
      const { start, end } = eventInterval(e);
      return Object.assign(e, { startDay: start, endDay: end });
    })
    .sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id));
}
