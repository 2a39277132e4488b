import { useCallback, useRef } from 'react';
import { heightMessage } from '../model/embed';

/** What a host page may send to ask for the height again (its script may start after the first message). */
export const MEASURE_REQUEST_TYPE = 'kg-tj-border-map:measure';

/**
 * Tells the page around the frame how tall the embed's content is, whenever that changes (a details
 * panel opens, the language changes, the frame gets narrower), so the host can size the frame to fit
 * with no scrollbar inside (README, "Embed"). Only a height is sent, and only to the parent, so any
 * origin may read it: it says nothing about the reader.
 */
export function useHeightMessages(ready: boolean): (element: HTMLElement | null) => void {
  const stop = useRef<(() => void) | null>(null);
  return useCallback(
    (element: HTMLElement | null) => {
      stop.current?.();
      stop.current = null;
      // Not before the record is in: the first heights (a page still loading) would make the frame
      // jump twice before it settles.
      if (!element || !ready || window.parent === window) return;
      let last = 0;
      const post = (force = false) => {
        const message = heightMessage(element.getBoundingClientRect().height);
        if (!message || (!force && message.height === last)) return;
        last = message.height;
        window.parent.postMessage(message, '*');
      };
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => post()) : null;
      observer?.observe(element);
      const onMessage = (e: MessageEvent) => {
        if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === MEASURE_REQUEST_TYPE) post(true);
      };
      window.addEventListener('message', onMessage);
      post(true);
      stop.current = () => {
        observer?.disconnect();
        window.removeEventListener('message', onMessage);
      };
    },
    [ready],
  );
}
