import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../state/appState';
import { useAppStore } from '../state/store';
import { linkTo } from '../state/urlSync';
import { currentViewTitle } from './citationInput';

/**
 * How long the view must stay still before the tags follow it. Nothing reads them while the slider
 * moves (Zotero reads the page when asked), so scrubbing and playback never pay for them.
 */
export const CITATION_META_DELAY_MS = 800;

/** Highwire-style names, as Google Scholar and Zotero's Embedded Metadata translator read them. */
type MetaName =
  | 'citation_title'
  | 'citation_public_url'
  | 'citation_publication_date'
  | 'citation_online_date'
  | 'citation_language';

function setMeta(doc: Document, name: MetaName, content: string): void {
  let meta = doc.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) {
    meta = doc.createElement('meta');
    meta.name = name;
    doc.head.appendChild(meta);
  }
  if (meta.content !== content) meta.content = content;
}

/** Scholar's date form: 2026/12/02. */
function slashDate(iso: string): string {
  return iso.replaceAll('-', '/');
}

/**
 * Keeps the page's citation tags on the view shown: its title, its permanent link (the one Copy link
 * gives, read with `linkTo`, so it never races the address bar), the record's release day and the language.
 * The other tags (author, publisher) are static in index.html.
 */
export function syncCitationMeta(store: StoreApi<AppStore>, win: Window = window): () => void {
  const doc = win.document;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const apply = () => {
    timer = null;
    const state = store.getState();
    if (!state.data || state.embed !== 'off') return;
    setMeta(doc, 'citation_title', currentViewTitle(state));
    setMeta(doc, 'citation_public_url', linkTo(state, win.location.href));
    setMeta(doc, 'citation_language', state.lang);
    const released = state.data.history?.released;
    if (released) {
      setMeta(doc, 'citation_publication_date', slashDate(released));
      setMeta(doc, 'citation_online_date', slashDate(released));
    }
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(apply, CITATION_META_DELAY_MS);
  };
  schedule();
  const unsubscribe = store.subscribe(schedule);
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
  };
}

/** Mounted once in the shell: renders nothing, keeps the citation tags current. */
export function CitationMeta() {
  const store = useAppStore();
  useEffect(() => syncCitationMeta(store), [store]);
  return null;
}
