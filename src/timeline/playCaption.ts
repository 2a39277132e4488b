import type { TimedEvent } from '../model/timedEvent';
import { revealedCount } from '../state/eventQueries';

/**
 * The event playback is passing at `day`: the latest to begin on or before it among `events`
 * (chronological, as the filters leave them), or null before the first. Among events beginning
 * the same day, the last in the list's order.
 */
export function captionEvent(events: readonly TimedEvent[], day: number): TimedEvent | null {
  const count = revealedCount(events, day);
  return count > 0 ? (events[count - 1] ?? null) : null;
}
