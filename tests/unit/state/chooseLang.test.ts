import { describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../../src/i18n/messages';
import type { Lang } from '../../../src/model/languages';
import { createAppStore } from '../../../src/state/store';
import { MESSAGES } from '../../allMessages';

// The store's language slice against a registry whose loads this test settles by hand.
const loads = new Map<Lang, (ok: boolean) => void>();
const loaded = new Set<Lang>(['en']);
vi.mock('../../../src/i18n/messages', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/i18n/messages')>();
  return {
    ...real,
    isLoaded: (lang: Lang) => loaded.has(lang),
    loadMessages: (lang: Lang) =>
      new Promise<LoadResult>((resolve) => {
        loads.set(lang, (ok) => {
          if (ok) loaded.add(lang);
          resolve(ok ? { ok: true, lang, messages: MESSAGES[lang] } : { ok: false, lang, error: 'offline' });
        });
      }),
  };
});

const settle = async (lang: Lang, ok: boolean) => {
  const finish = loads.get(lang);
  if (!finish) throw new Error(`no load of ${lang} was started`);
  finish(ok);
  await new Promise((r) => setTimeout(r, 0));
};

describe('chooseLang', () => {
  it('switches only once the dictionary is in', async () => {
    loaded.clear();
    loaded.add('en');
    const store = createAppStore();
    const done = store.getState().chooseLang('tg');
    expect(store.getState().lang).toBe('en');
    await settle('tg', true);
    expect(await done).toBe(true);
    expect(store.getState().lang).toBe('tg');
    expect(store.getState().notices).toEqual([]);
  });

  it('switches at once to a language already loaded', () => {
    const store = createAppStore();
    void store.getState().chooseLang('tg');
    expect(store.getState().lang).toBe('tg');
  });

  it('keeps the language and says why when the dictionary cannot be loaded', async () => {
    const store = createAppStore({ lang: 'tg' });
    const done = store.getState().chooseLang('uz');
    await settle('uz', false);
    expect(await done).toBe(false);
    expect(store.getState().lang).toBe('tg');
    expect(store.getState().notices).toEqual([{ key: 'notice.languageLoad', params: { language: 'Oʻzbekcha' } }]);
  });

  it('lets a later choice win over a slower earlier one', async () => {
    const store = createAppStore();
    const first = store.getState().chooseLang('ru');
    const second = store.getState().chooseLang('ky');
    await settle('ky', true);
    await settle('ru', true);
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect(store.getState().lang).toBe('ky');
  });

  it('drops a pending load when the language is set directly meanwhile', async () => {
    loaded.delete('ru');
    const store = createAppStore();
    const pending = store.getState().chooseLang('ru');
    store.getState().setLang('tg');
    await settle('ru', true);
    expect(await pending).toBe(false);
    expect(store.getState().lang).toBe('tg');
  });
});
