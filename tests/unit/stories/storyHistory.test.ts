import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { fromDayNumber } from '../../../src/model/days';
import type { AppStore } from '../../../src/state/appState';
import { parseUrl } from '../../../src/state/urlState';
import { applyUrl, syncUrl, urlStateOf } from '../../../src/state/urlSync';
import { loadedStore, twoSteps } from './storyFixtures';

/** A window with a history the tests can read, and Back. */
function fakeWindow() {
  const entries: string[] = ['/'];
  let index = 0;
  const listeners: Array<() => void> = [];
  const location = { pathname: '/', search: '', hash: '' };
  const go = (url: string) => {
    const u = new URL(url, 'https://x.test');
    Object.assign(location, { pathname: u.pathname, search: u.search, hash: u.hash });
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, url);
        index = entries.length - 1;
        go(url);
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = url;
        go(url);
      },
    },
    addEventListener: (_: string, f: () => void) => listeners.push(f),
    removeEventListener: () => {},
  };
  const back = () => {
    index -= 1;
    go(entries[index] as string);
    for (const f of listeners) f();
  };
  return { win: win as unknown as Window, entries, back, current: () => entries[index] as string };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function withStories(store: StoreApi<AppStore>) {
  store.getState().setStories([twoSteps], null);
  return store;
}

describe('story steps in the link and the history', () => {
  it('a story writes only itself and its step; each step is a history entry; Back walks the steps and out', async () => {
    const store = withStories(loadedStore());
    const { win, entries, back, current } = fakeWindow();
    syncUrl(store, win);
    store.getState().openStory('builtin', twoSteps, 0);
    await tick();
    expect(current()).toBe('/?story=test-story&step=1');
    store.getState().goToStep(1);
    await tick();
    expect(current()).toBe('/?story=test-story&step=2');
    // Opening the story and each step: one entry each, however many updates a step makes.
    expect(entries).toHaveLength(3);
    back();
    expect(store.getState().story?.step).toBe(0);
    expect(fromDayNumber(store.getState().day)).toBe('2021-04-30');
    expect(store.getState().selectedId).toBe('clash-2021');
    back();
    expect(store.getState().story).toBeNull();
  });

  it('a link to a step opens that step; a step out of range opens step 1 with a notice', () => {
    const store = withStories(loadedStore());
    applyUrl(store, parseUrl('?story=test-story&step=2', ''));
    expect(store.getState().story?.step).toBe(1);
    expect(fromDayNumber(store.getState().day)).toBe('2022-09-16');
    const other = withStories(loadedStore());
    expect(applyUrl(other, parseUrl('?story=test-story&step=9', ''))).toEqual([]);
    expect(other.getState().story?.step).toBe(0);
    expect(other.getState().notices).toEqual([{ key: 'notice.storyStep', params: { step: 9, count: 2 } }]);
  });

  it('an unknown story opens the free map with a notice naming it', () => {
    const store = withStories(loadedStore());
    applyUrl(store, parseUrl('?story=no-such&step=2', ''));
    expect(store.getState().story).toBeNull();
    expect(store.getState().notices).toEqual([{ key: 'notice.storyUnknown', params: { id: 'no-such' } }]);
  });

  it('a shared story naming an event this record lacks is refused with the reason', async () => {
    const { encodeStoryForLink } = await import('../../../src/state/storyLink');
    const bad = { ...twoSteps, steps: [{ ...twoSteps.steps[1], events: ['not-here'] }] } as typeof twoSteps;
    const store = loadedStore();
    applyUrl(store, parseUrl('?step=1', `#story=${encodeStoryForLink(bad)}`));
    expect(store.getState().story).toBeNull();
    expect(store.getState().notices[0]).toMatchObject({ key: 'notice.storyInvalid' });
    expect(String(store.getState().notices[0]?.params?.detail)).toContain('no event not-here in the record');
  });

  it('a damaged shared story gives its notice, never a crash', () => {
    const store = loadedStore();
    expect(() => applyUrl(store, parseUrl('?step=1', '#story=%%%'))).not.toThrow();
    expect(store.getState().notices[0]).toMatchObject({ key: 'notice.storyLink', paramKeys: { reason: 'storyLink.damaged' } });
  });

  it('urlStateOf keeps the view out of the link while a story is open', () => {
    const store = withStories(loadedStore());
    store.getState().openStory('builtin', twoSteps, 0);
    const state = urlStateOf(store.getState());
    expect(state).toMatchObject({ story: 'test-story', step: 1, date: null, event: null, layers: null, mode: null });
  });
});
