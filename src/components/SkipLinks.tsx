import type { MouseEvent } from 'react';
import type { MessageKey } from '../i18n/messages.en';
import { useT } from '../language/useT';
import './skipLinks.css';

export interface SkipTarget {
  /** The id of the part of the page jumped to (the link's href, so it works without script too). */
  id: string;
  label: MessageKey;
  /** Inside it, what takes the focus: the first selector that finds something; the part itself when none does. */
  focus: readonly string[];
}

/** Moves the focus into the target, not merely the scroll position, so the next Tab continues from there. */
function focusTarget({ id, focus }: SkipTarget): void {
  const root = document.getElementById(id);
  if (!root) return;
  const found = focus.map((selector) => root.querySelector<HTMLElement>(selector)).find((el) => el !== null);
  const target = found ?? root;
  // Something that is not focusable by nature (a section, a heading) takes the focus only this way.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** Links at the very top of the page, hidden until focused: past the header straight to the map, the timeline or the list. */
export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const t = useT();
  return (
    <div className="skip-links">
      {targets.map((target) => (
        <a
          key={target.id}
          href={`#${target.id}`}
          onClick={(e: MouseEvent<HTMLAnchorElement>) => {
            e.preventDefault();
            focusTarget(target);
          }}
        >
          {t(target.label)}
        </a>
      ))}
    </div>
  );
}
