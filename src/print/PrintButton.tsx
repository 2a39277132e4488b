import { useState } from 'react';
import { useT } from '../language/useT';
import { useMapController } from '../map/MapContext';
import { useAppStore } from '../state/store';
import { briefingStore } from './briefingStore';
import { prepareBriefing } from './prepareBriefing';
import { loadPrintFonts } from './printFonts';

/** Two animation frames: React has committed the briefing and the browser has laid it out once. */
function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * The Share panel's Print briefing: prepares the briefing of the view on screen (the map redrawn
 * sharp with its key, scale and credits), waits for the faces its text needs, then opens the
 * browser's print dialog. PrintBriefing renders it; the dialog's `beforeprint` finds it ready.
 */
export function PrintButton() {
  const t = useT();
  const store = useAppStore();
  const map = useMapController();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      const briefing = await prepareBriefing(store.getState(), map, window.location.href);
      briefingStore.set(briefing);
      await nextFrames();
      // Only the faces for the letters actually printed are fetched (unicode-range).
      await loadPrintFonts(document.querySelector('.print-briefing')?.textContent ?? '');
      window.print();
    } catch (e) {
      setError(t('print.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={print} disabled={busy} aria-busy={busy}>
        {busy ? t('print.busy') : t('print.button')}
      </button>
      {error ? (
        <span className="print-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
