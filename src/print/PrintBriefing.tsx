import { useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { Panel } from '../components/PanelBoundary';
import { useMapController } from '../map/MapContext';
import { whenIdleAfterFirstMap } from '../map/readiness';
import { useApp, useAppStore } from '../state/store';
import { Briefing } from './Briefing';
import { briefingStore } from './briefingStore';
import { briefingKey, loadImageModules, prepareBriefingNow } from './prepareBriefing';
import { loadPrintFonts } from './printFonts';
import './print.css';

/** How long after the record loads the print code and faces are fetched, if the page never idles. */
const PREFETCH_FALLBACK_MS = 4_000;

/**
 * The printed page. On screen it renders nothing until printing is prepared, and then stays hidden
 * (print.css); in print it replaces the app. Two ways in: the Share panel's Print briefing, which
 * prepares it and calls window.print(), and the browser's own print (Ctrl+P, the menu), for which
 * `beforeprint` prepares it synchronously — flushSync renders it and the map is copied within the
 * task, since the browser lays the page out for print as soon as the event's handlers return.
 * `afterprint` drops it, so the events table is never kept up to date on slider steps.
 */
export function PrintBriefing() {
  // Its own error boundary: mounted outside the app's panels, a failure here must not take the page down.
  return (
    <Panel name="print.button">
      <PreparedBriefingView />
    </Panel>
  );
}

function PreparedBriefingView() {
  const store = useAppStore();
  const map = useMapController();
  const hasData = useApp((s) => s.data !== null);
  const prepared = useSyncExternalStore(briefingStore.subscribe, briefingStore.get, () => null);

  // The browser's print cannot wait for a download: the image code and the faces are fetched ahead,
  // once the first map is drawn and the page has nothing else to do.
  useEffect(() => {
    if (!hasData) return;
    return whenIdleAfterFirstMap(() => {
      void loadImageModules().catch(() => undefined);
      void loadPrintFonts();
    }, PREFETCH_FALLBACK_MS);
  }, [hasData]);

  useEffect(() => {
    const before = () => {
      const s = store.getState();
      if (!s.data) return;
      // The button prepared this very view already (with a sharper image): keep it. One made before
      // the image code had loaded is made again.
      const current = briefingStore.get();
      if (current?.image && current.key === briefingKey(s, window.location.href)) return;
      flushSync(() => briefingStore.set(prepareBriefingNow(s, map, window.location.href)));
    };
    const after = () => briefingStore.set(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [store, map]);

  return prepared ? <Briefing prepared={prepared} /> : null;
}
