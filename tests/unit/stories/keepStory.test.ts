import { describe, expect, it } from 'vitest';
import { keepStoryInBrowser, STORY_STORAGE_KEY } from '../../../src/stories/keepStory';
import { readStoryFile, storyFileName, storyFileText } from '../../../src/stories/storyFile';
import { loadedStore, storyData, twoSteps } from './storyFixtures';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('keeping one’s own story in this browser', () => {
  it('keeps nothing until asked, then keeps every change, and forgets when unticked', () => {
    const store = loadedStore();
    const storage = memoryStorage();
    keepStoryInBrowser(store, storage);
    store.getState().setPersonalStory(twoSteps);
    expect(storage.items.size).toBe(0);
    store.getState().setKeepStory(true);
    expect(JSON.parse(storage.items.get(STORY_STORAGE_KEY) as string)).toEqual({ format: 1, stories: [twoSteps] });
    store.getState().setKeepStory(false);
    expect(storage.items.size).toBe(0);
  });

  it('restores a kept story at start, with keeping on', () => {
    const store = loadedStore();
    keepStoryInBrowser(store, memoryStorage({ [STORY_STORAGE_KEY]: storyFileText(twoSteps) }));
    expect(store.getState().personalStory).toEqual(twoSteps);
    expect(store.getState().keepStory).toBe(true);
  });

  it('leaves an unreadable kept copy where it is and says so', () => {
    const store = loadedStore();
    const storage = memoryStorage({ [STORY_STORAGE_KEY]: '{"format":1,"stories":[{' });
    keepStoryInBrowser(store, storage);
    expect(store.getState().personalStory).toBeNull();
    expect(storage.items.get(STORY_STORAGE_KEY)).toBe('{"format":1,"stories":[{');
    expect(store.getState().notices).toEqual([{ key: 'notice.keptStory' }]);
  });

  it('says so when the browser refuses to store it', () => {
    const store = loadedStore();
    keepStoryInBrowser(store, {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    store.getState().setPersonalStory(twoSteps);
    store.getState().setKeepStory(true);
    expect(store.getState().notices).toEqual([{ key: 'notice.keepStoryFailed' }]);
  });
});

describe('a story file', () => {
  it('is the story format, and reads back', () => {
    expect(readStoryFile(storyFileText(twoSteps), storyData)).toEqual({ story: twoSteps, others: 0 });
  });

  it('gives a reason, never a throw, for a file that is no story', () => {
    expect(readStoryFile('not json', storyData)).toEqual({ error: 'not JSON' });
    expect(readStoryFile('{"format":1,"stories":[]}', storyData)).toEqual({ error: 'no story in the file' });
    const other = readStoryFile(
      JSON.stringify({ format: 1, stories: [{ ...twoSteps, steps: [{ ...twoSteps.steps[1], events: ['elsewhere'] }] }] }),
      storyData,
    );
    expect(other).toEqual({ error: 'test-story → steps.0.events.0: no event elsewhere in the record' });
  });

  it('is named after its title in any script', () => {
    expect(storyFileName('Ворух: 2021 / April?')).toBe('Ворух-2021-April.story.json');
    expect(storyFileName('***')).toBe('story.story.json');
  });
});
