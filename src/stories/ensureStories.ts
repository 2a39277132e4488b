import type { StoreApi } from 'zustand/vanilla';
import { loadStories } from '../data/loadStories';
import type { AppStore } from '../state/appState';

const loading = new WeakMap<StoreApi<AppStore>, Promise<void>>();

/**
 * Loads the built-in stories once, when first needed (the Stories panel, or a link naming one):
 * most visits never open a story, so the file stays out of the first load. Waits for the record,
 * which the stories are checked against.
 */
export function ensureStories(store: StoreApi<AppStore>): Promise<void> {
  if (store.getState().stories !== null) return Promise.resolve();
  const data = store.getState().data;
  if (!data) return Promise.resolve();
  let pending = loading.get(store);
  if (!pending) {
    pending = loadStories(data).then(({ stories, problem }) => {
      store.getState().setStories(stories, problem);
      if (problem) store.getState().notify({ key: 'notice.stories', params: { detail: problem } });
    });
    loading.set(store, pending);
  }
  return pending;
}
