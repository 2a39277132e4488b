import { type KeyboardEvent, useRef, useState } from 'react';
import { rovingIndex } from './rovingIndex';

/**
 * Makes a list of entries a single Tab stop: only one entry has tabIndex 0, the arrows move the
 * focus between them (rovingIndex.ts), and Enter or Space act on the focused entry as usual.
 * The entry that takes Tab is the one last focused while it is still listed, else `preferred`
 * (the selected one), else the first, so Tab comes back to where the reader was.
 */
export function useRovingFocus<T extends HTMLElement>(ids: readonly string[], preferred: string | null) {
  const listRef = useRef<T>(null);
  const [last, setLast] = useState<string | null>(null);
  const pick = (id: string | null) => (id !== null && ids.includes(id) ? id : null);
  const current = pick(last) ?? pick(preferred) ?? ids[0] ?? null;

  const onKeyDown = (e: KeyboardEvent<T>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || current === null) return;
    const to = rovingIndex(e.key, ids.indexOf(current), ids.length);
    if (to === null) return;
    e.preventDefault();
    setLast(ids[to] ?? null);
    // The entries are the list's elements that carry a tabindex, in the order of `ids`.
    listRef.current?.querySelectorAll<HTMLElement>('[tabindex]')[to]?.focus();
  };

  return {
    listRef,
    onKeyDown,
    tabIndexOf: (id: string) => (id === current ? 0 : -1),
    /** Call from each entry's focus handler: a click or a skip link moves the stop too. */
    focused: (id: string) => setLast(id),
  };
}
