import { eventInterval } from '../data/eventInterval';
import type { BorderEvent } from '../data/eventSchema';

/** An event with its [startDay, endDay) interval in day numbers, computed once when data loads. */
export type TimedEvent = BorderEvent & { startDay: number; endDay: number };

/** Adds intervals and sorts by start (then id), the order every selector relies on. */
export function toTimedEvents(events: readonly BorderEvent[]): TimedEvent[] {
  return events
    .map((e) => {
      const { start, end } = eventInterval(e);
      return { ...e, startDay: start, endDay: end };
    })
    .sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id));
}
