import type { StoreApi } from 'zustand/vanilla';
import { translate } from '../i18n/translate';
import { LOCALE_TAGS } from '../model/languages';
import type { AppStore } from '../state/appState';

/** Keeps `<html lang>` and the document title in the interface language (screen readers and hyphenation read them). */
export function syncDocumentLanguage(store: StoreApi<AppStore>, doc: Document = document): () => void {
  const apply = (state: AppStore) => {
    doc.documentElement.lang = LOCALE_TAGS[state.lang];
    doc.title = translate(state.lang, 'app.title');
  };
  apply(store.getState());
  return store.subscribe((next, prev) => {
    if (next.lang !== prev.lang) apply(next);
  });
}
