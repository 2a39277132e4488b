import { BASE_LANG, LANGS, type Lang } from '../model/languages';
import { en, type Messages } from './messages.en';

/*
 * The dictionaries, loaded as they are needed. English is in the main bundle: it defines the keys
 * and fills any gap. Each other language is its own chunk (6–9 KB gzip), fetched when it becomes
 * the interface language, so a first visit carries one dictionary, not five. `main.tsx` waits for
 * the reader's before the first render (no English flash); a switch loads, then sets the language.
 */

/** A dictionary, or why it could not be had (a stale deploy offline: the chunk is gone). */
export type LoadResult = { ok: true; lang: Lang; messages: Messages } | { ok: false; lang: Lang; error: string };

export type MessageLoaders = Record<Exclude<Lang, typeof BASE_LANG>, () => Promise<Messages>>;

export interface MessageRegistry {
  /** The language's dictionary once loaded; English until then (a render never breaks on a missing one). */
  messagesFor(lang: Lang): Messages;
  isLoaded(lang: Lang): boolean;
  /** Loads once and keeps it; a failure is reported, never thrown, and not kept, so a later call tries again. */
  loadMessages(lang: Lang): Promise<LoadResult>;
  /** Every language, settled: for work that writes all five at once (an import's titles). */
  loadAllMessages(): Promise<readonly LoadResult[]>;
}

export function createMessageRegistry(loaders: MessageLoaders): MessageRegistry {
  const loaded = new Map<Lang, Messages>([[BASE_LANG, en]]);
  const pending = new Map<Lang, Promise<LoadResult>>();

  function loadMessages(lang: Lang): Promise<LoadResult> {
    const have = loaded.get(lang);
    if (have) return Promise.resolve({ ok: true, lang, messages: have });
    const inFlight = pending.get(lang);
    if (inFlight) return inFlight;
    const load = loaders[lang as keyof MessageLoaders];
    const attempt = Promise.resolve()
      .then(load)
      .then(
        (messages): LoadResult => {
          loaded.set(lang, messages);
          return { ok: true, lang, messages };
        },
        (error: unknown): LoadResult => ({
          ok: false,
          lang,
          error: (error instanceof Error ? error.message : String(error)).slice(0, 200),
        }),
      )
      .finally(() => pending.delete(lang));
    pending.set(lang, attempt);
    return attempt;
  }

  return {
    messagesFor: (lang) => loaded.get(lang) ?? en,
    isLoaded: (lang) => loaded.has(lang),
    loadMessages,
    loadAllMessages: () => Promise.all(LANGS.map(loadMessages)),
  };
}

// Literal import() calls, one per language, so the bundler makes each file its own chunk.
const registry = createMessageRegistry({
  ru: () => import('./messages.ru').then((m) => m.ru),
  ky: () => import('./messages.ky').then((m) => m.ky),
  tg: () => import('./messages.tg').then((m) => m.tg),
  uz: () => import('./messages.uz').then((m) => m.uz),
});

export const { messagesFor, isLoaded, loadMessages, loadAllMessages } = registry;
