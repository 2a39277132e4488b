import { useEffect, useRef } from 'react';
import { mayTakeFocus } from '../components/mayTakeFocus';
import { useAppStore } from '../state/store';
import { selectStoryStep } from '../state/storySelectors';

/**
 * What every details panel does when something is selected: focus moves to its heading, so
 * keyboard and screen-reader users land on what opened, and Escape closes it (`select(null)`, a
 * store action, so the key listener is not re-added on every render). Returns the ref for the
 * heading (which needs tabIndex={-1}). An event a story step opens beside its text leaves the
 * focus with the story: the reader is reading the step.
 */
export function useDetailsPanel(selectedId: string | null, select: (id: null) => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  const store = useAppStore();
  useEffect(() => {
    const s = store.getState();
    if (selectedId && selectStoryStep(s)?.open !== selectedId && mayTakeFocus(s.embed)) heading.current?.focus();
  }, [selectedId, store]);
  useEffect(() => {
    if (!selectedId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, select]);
  return heading;
}
