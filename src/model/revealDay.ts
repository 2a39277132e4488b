/**
 * Which date shows an event: the one answer the lists, the details panel's buttons and the `event`
 * link parameter share, so choosing an event and the slider's date never disagree.
 */
import type { DayExtent } from './days';
import { endBound, type TimeView } from './timeMode';

/** The part of an event these questions read: its half-open [startDay, endDay) interval. */
export interface DaySpan {
  startDay: number;
  endDay: number;
}

/**
 * How a selection treats the date. `goTo`: the date moves into the event's own dates (a choice from
 * a list, Previous/Next, "Go to this date"). `keepIfShown`: the date stays while the event is on the
 * map at it in the current mode, and moves only when it would be hidden (a shared link's own date).
 */
export type RevealHow = 'goTo' | 'keepIfShown';

/** Whether the event is on the map at the time view: begun by the date and not ended before the mode's bound. */
export function isShownAt(event: DaySpan, time: TimeView): boolean {
  return event.startDay <= time.day && event.endDay > endBound(time);
}

/** Whether the date falls within the event's own dates (for a lasting episode, any of its days). */
export function isWithinEvent(event: DaySpan, day: number): boolean {
  return event.startDay <= day && day < event.endDay;
}

/**
 * The date that shows the event as things stood at it: the last day of an episode (a one-day
 * event's own day; a month-precision one's last day of the month), so every crossing closed or
 * reopened during it is drawn as it was once it had happened. The last day shows the event in
 * every mode: it has begun, and it has not ended by any mode's bound (each bound is ≤ that day).
 */
export function eventDay(event: DaySpan, extent: DayExtent): number {
  return Math.min(extent.max, Math.max(extent.min, event.endDay - 1));
}

/** The slider's date after selecting the event the given way. */
export function revealDay(event: DaySpan, time: TimeView, extent: DayExtent, how: RevealHow): number {
  const stays = how === 'goTo' ? isWithinEvent(event, time.day) : isShownAt(event, time);
  return stays ? time.day : eventDay(event, extent);
}
