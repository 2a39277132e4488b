import { useEffect, useRef, useState } from 'react';
import { useT } from '../language/useT';
import type { TimedEvent } from '../model/timedEvent';
import { selectFiltered, selectHoveredEvent } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ANNOUNCE_INTERVAL_MS, announcementText, markerAnnouncement, revealedBetween } from './announcements';

/**
 * A polite live region naming the events that moving forward in time (stepping, playing,
 * scrubbing) reveals. Throttled: one message per interval, gathering what came in between.
 * It also names the marker the map's keyboard focus steps to (see map/markerKeys.ts).
 */
export function Announcer() {
  const t = useT();
  const store = useAppStore();
  const [message, setMessage] = useState('');
  const pending = useRef<TimedEvent[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSent = 0;
    const flush = () => {
      timer = null;
      lastSent = Date.now();
      const state = store.getState();
      // Only events still on screen after all the moves are worth saying.
      const shown = pending.current.filter((e) => e.startDay <= state.day);
      pending.current = [];
      if (shown.length > 0) setMessage(announcementText(t, shown, state.day, state.lang));
    };
    let filtered = selectFiltered(store.getState());
    const unsubscribe = store.subscribe((next, prev) => {
      // A marker the map's keyboard focus lands on is said at once: the reader is waiting for it.
      if (next.markerFocusId !== prev.markerFocusId && next.markerFocusId !== null) {
        const event = selectHoveredEvent(next);
        if (event) setMessage(markerAnnouncement(t, event, next.lang));
      }
      const before = filtered;
      filtered = selectFiltered(next);
      if (next.day <= prev.day || filtered !== before || !next.data) return;
      const revealed = revealedBetween(filtered, prev.day, next.day);
      if (revealed.length === 0) return;
      pending.current.push(...revealed);
      if (timer !== null) return;
      const wait = Math.max(0, lastSent + ANNOUNCE_INTERVAL_MS - Date.now());
      timer = setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
