import type { StoreApi } from 'zustand/vanilla';
import { parseStoryFile, storyFileOf } from '../data/storySchema';
import type { AppStore } from '../state/appState';

/** Where the reader's own story is kept when they ask (the same file format as an exported story). */
export const STORY_STORAGE_KEY = 'kg-tj-border-map:my-story';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage refused (privacy settings): the story simply is not kept.
    return null;
  }
}

/**
 * Restores a kept story when the page starts, then keeps it in step while the reader has asked to
 * keep it; unticking removes it. A kept copy that cannot be read is left where it is (never
 * deleted unasked) and reported.
 */
export function keepStoryInBrowser(store: StoreApi<AppStore>, storage: Storage | null = browserStorage()): () => void {
  if (!storage) return () => {};
  const raw = storage.getItem(STORY_STORAGE_KEY);
  if (raw !== null) {
    let story = null;
    try {
      story = parseStoryFile(JSON.parse(raw), null).stories[0] ?? null;
    } catch {
      story = null;
    }
    if (story) {
      store.getState().setPersonalStory(story);
      store.getState().setKeepStory(true);
    } else store.getState().notify({ key: 'notice.keptStory' });
  }
  return store.subscribe((next, prev) => {
    if (next.keepStory === prev.keepStory && next.personalStory === prev.personalStory) return;
    try {
      if (next.keepStory && next.personalStory)
        storage.setItem(STORY_STORAGE_KEY, JSON.stringify(storyFileOf([next.personalStory])));
      else if (!next.keepStory && prev.keepStory) storage.removeItem(STORY_STORAGE_KEY);
    } catch {
      store.getState().notify({ key: 'notice.keepStoryFailed' });
    }
  });
}
