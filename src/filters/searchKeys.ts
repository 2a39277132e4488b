/**
 * The search's keyboard paths: "/" anywhere but a text field jumps to it (as on many sites with a
 * search), and ↓ in it moves into the results, the list's current entry, so a keyboard user goes
 * from a query to an event without tabbing past every category switch.
 */

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color', 'image']);

/** Whether a key press belongs to a field the person is typing into: there "/" is just a slash. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

/** Whether this key press is the "jump to search" shortcut. */
export function isSearchShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'>,
): boolean {
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.defaultPrevented && !isTypingTarget(e.target);
}

/** The events list's entry that holds its Tab stop (see EventList's roving focus). */
export const RESULTS_ENTRY_SELECTOR = '#event-list .event-entry[tabindex="0"]';
