import { lazy, Suspense, useState } from 'react';
import { useT } from '../language/useT';
import { selectSelectedEvent } from '../state/selectors';
import { useApp } from '../state/store';
import './citeButton.css';

const CiteDialog = lazy(() => import('./CiteDialog'));

/**
 * Share → Cite…: the citation of exactly this view (title, record version, access day, permanent
 * link) and BibTeX, RIS, CSL-JSON. The dialog and the builders load on first use.
 */
export function CiteButton({ kind = 'view' }: { kind?: 'view' | 'event' }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {kind === 'event' ? t('cite.eventButton') : t('cite.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CiteDialog kind={kind} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * The event details' "Cite this event": the same dialog for the selected event, with its sources.
 * Not for an event of the reader's own imported file: no one else's link would open it. Not in an
 * embed either: a dialog in a tall frame opens out of the reader's sight, and the embed's "Open the
 * full map" leads to the same event with its Cite.
 */
export function CiteEventButton() {
  const imported = useApp((s) => selectSelectedEvent(s)?.imported !== undefined);
  const embedded = useApp((s) => s.embed !== 'off');
  if (imported || embedded) return null;
  return (
    <p className="details-cite">
      <CiteButton kind="event" />
    </p>
  );
}
