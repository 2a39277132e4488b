import { describe, expect, it, vi } from 'vitest';
import { createMessageRegistry, type MessageLoaders } from '../../../src/i18n/messages';
import { en, type Messages } from '../../../src/i18n/messages.en';
import { MESSAGES } from '../../allMessages';

function loaders(overrides: Partial<MessageLoaders> = {}) {
  const calls: string[] = [];
  const from = (lang: keyof MessageLoaders) =>
    vi.fn(async (): Promise<Messages> => {
      calls.push(lang);
      return MESSAGES[lang];
    });
  return { calls, loaders: { ru: from('ru'), ky: from('ky'), tg: from('tg'), uz: from('uz'), ...overrides } };
}

describe('the message registry', () => {
  it('has English from the start and nothing else until asked', () => {
    const { calls, loaders: l } = loaders();
    const registry = createMessageRegistry(l);
    expect(registry.isLoaded('en')).toBe(true);
    expect(registry.isLoaded('tg')).toBe(false);
    expect(registry.messagesFor('en')).toBe(en);
    expect(calls).toEqual([]);
  });

  it('gives English for a language not loaded yet, so a render never breaks', () => {
    const registry = createMessageRegistry(loaders().loaders);
    expect(registry.messagesFor('tg')['app.title']).toBe(en['app.title']);
  });

  it('loads a language once: parallel and later calls share the one load', async () => {
    const { calls, loaders: l } = loaders();
    const registry = createMessageRegistry(l);
    const [a, b] = await Promise.all([registry.loadMessages('tg'), registry.loadMessages('tg')]);
    const c = await registry.loadMessages('tg');
    expect(a).toEqual({ ok: true, lang: 'tg', messages: MESSAGES.tg });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(calls).toEqual(['tg']);
    expect(registry.isLoaded('tg')).toBe(true);
    expect(registry.messagesFor('tg')['app.title']).toBe(MESSAGES.tg['app.title']);
  });

  it('answers English without loading anything', async () => {
    const { calls, loaders: l } = loaders();
    const result = await createMessageRegistry(l).loadMessages('en');
    expect(result).toEqual({ ok: true, lang: 'en', messages: en });
    expect(calls).toEqual([]);
  });

  it('reports a chunk that fails to load, keeps English for it, and tries again next time', async () => {
    let fail = true;
    const uz = vi.fn(async (): Promise<Messages> => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module: /assets/messages.uz-x.js');
      return MESSAGES.uz;
    });
    const registry = createMessageRegistry(loaders({ uz }).loaders);
    const failed = await registry.loadMessages('uz');
    expect(failed).toEqual({
      ok: false,
      lang: 'uz',
      error: 'Failed to fetch dynamically imported module: /assets/messages.uz-x.js',
    });
    expect(registry.isLoaded('uz')).toBe(false);
    expect(registry.messagesFor('uz')).toBe(en);
    fail = false;
    expect((await registry.loadMessages('uz')).ok).toBe(true);
    expect(uz).toHaveBeenCalledTimes(2);
    expect(registry.messagesFor('uz')['app.title']).toBe(MESSAGES.uz['app.title']);
  });

  it('turns a loader that throws synchronously into a failed result too', async () => {
    const ky = () => {
      throw new Error('no chunk');
    };
    const result = await createMessageRegistry(loaders({ ky }).loaders).loadMessages('ky');
    expect(result).toEqual({ ok: false, lang: 'ky', error: 'no chunk' });
  });

  it('loads all five, settled, when asked for every language', async () => {
    const ru = async (): Promise<Messages> => Promise.reject(new Error('offline'));
    const registry = createMessageRegistry(loaders({ ru }).loaders);
    const results = await registry.loadAllMessages();
    expect(results.map((r) => [r.lang, r.ok])).toEqual([
      ['en', true],
      ['ru', false],
      ['ky', true],
      ['tg', true],
      ['uz', true],
    ]);
  });
});
