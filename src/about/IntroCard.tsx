import { useEffect, useState } from 'react';
import { useT } from '../language/useT';
import { yearMonthOf } from '../model/days';
import type { AppState } from '../state/appState';
import { useActions, useApp, useAppStore } from '../state/store';
import './intro.css';

/** A change that means the person has started on their own: playing, choosing, moving in time, searching or filtering, stepping through markers. */
function startedExploring(next: AppState, prev: AppState): boolean {
  if (prev.data === null) return false;
  return (
    (next.playing && !prev.playing) ||
    next.selectedId !== prev.selectedId ||
    next.selectedCheckpoint !== prev.selectedCheckpoint ||
    next.day !== prev.day ||
    // By value: loading the record rebuilds the filters object without anyone touching them.
    next.filters.search !== prev.filters.search ||
    next.filters.hiddenCategories.join() !== prev.filters.hiddenCategories.join() ||
    (next.markerFocusId !== null && next.markerFocusId !== prev.markerFocusId)
  );
}

/**
 * The first screen's invitation over the map: one sentence on what the map shows and a first
 * thing to do, playing the record from its start. It goes at the first interaction or when
 * dismissed, for as long as the page is open (no storage: a new visit is invited again). `show` is
 * false when the link already opens on something chosen (see state/linkView).
 */
export function IntroCard({ show }: { show: boolean }) {
  const t = useT();
  const store = useAppStore();
  const extent = useApp((s) => s.data?.extent ?? null);
  const { setDay, setPlaying, setStoriesOpen } = useActions();
  const [open, setOpen] = useState(show);

  useEffect(() => {
    if (!open) return;
    return store.subscribe((next, prev) => {
      if (startedExploring(next, prev)) setOpen(false);
    });
  }, [store, open]);

  if (!open || extent === null) return null;
  const from = yearMonthOf(extent.min).year;
  const to = yearMonthOf(extent.max).year;
  const playFromStart = () => {
    setOpen(false);
    setDay(extent.min);
    setPlaying(true);
    // The focused button goes with the card: the focus moves to Pause, the next thing a keyboard wants.
    document.querySelector<HTMLButtonElement>('.playback-toggle')?.focus({ preventScroll: true });
  };

  return (
    <section className="intro-card" aria-label={t('intro.label')}>
      <p className="intro-summary">{t('intro.summary', { from: String(from), to: String(to) })}</p>
      {/* First steps: play the record, or take a guided story; the row wraps. */}
      <div className="intro-actions">
        <button type="button" className="intro-play" onClick={playFromStart}>
          <span aria-hidden="true">▶ </span>
          {t('intro.play', { year: String(from) })}
        </button>
        <button
          type="button"
          className="intro-stories"
          onClick={() => {
            setOpen(false);
            setStoriesOpen(true);
          }}
        >
          {t('intro.stories')}
        </button>
        <button type="button" className="link-button intro-dismiss" onClick={() => setOpen(false)}>
          {t('intro.dismiss')}
        </button>
      </div>
    </section>
  );
}
