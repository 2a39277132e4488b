import type { StoreApi } from 'zustand/vanilla';
import type { AppState, AppStore } from './appState';

/**
 * One thing a link can carry, as a codec: how it is written in the link, how it is read back, what
 * the store shows for it, and how a link's value is applied to the store. The parser, the writer,
 * the address-bar sync and "Copy link" all walk the list in urlParams.ts, so a new parameter is one
 * entry there.
 */
export interface UrlParam<Name extends string, Value> {
  /** The field of UrlState that holds it. */
  name: Name;
  /** The query key (`date=`), or the hash key (`#map=`) when `inHash`; the name when not given. */
  key?: string;
  inHash?: boolean;
  /**
   * Reads the raw text: `value` is what could be used (null for nothing), `ok` false when the
   * text was not (entirely) understood, which the app reports.
   */
  parse: (raw: string) => { value: Value | null; ok: boolean };
  serialize: (value: Value) => string;
  /** What the store shows, or null when it is the default (defaults stay out of links). */
  read: (state: AppState) => Value | null;
  /**
   * Applies a link's value (null: the link does not say). Returns false when the record cannot
   * honour it (a date outside the record, an unknown event), which the app reports.
   */
  apply?: (store: StoreApi<AppStore>, value: Value | null) => boolean;
  /** Order of applying: filters (0) before the date (2) before the selection (3), which depend on them; 1 when not given. */
  stage?: 0 | 1 | 2 | 3;
}

/** A parameter as the walkers see it: key and stage filled in. */
export type UrlCodec<Name extends string, Value> = UrlParam<Name, Value> & { key: string; stage: 0 | 1 | 2 | 3 };

export function urlParam<Name extends string, Value>(param: UrlParam<Name, Value>): UrlCodec<Name, Value> {
  return { ...param, key: param.key ?? param.name, stage: param.stage ?? 1 };
}

/** An apply that cannot fail: the link's value (or the default, when it does not say) goes into the store. */
export function applyWith<Value>(
  set: (state: AppStore, value: Value | null) => void,
): NonNullable<UrlParam<string, Value>['apply']> {
  return (store, value) => {
    set(store.getState(), value);
    return true;
  };
}

/** A comma-separated list of known words: the known ones are kept, any other makes the link "not understood". */
export function parseWordList<W extends string>(raw: string, known: readonly W[]): { value: W[]; ok: boolean } {
  const words = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { value: known.filter((w) => words.includes(w)), ok: words.every((w) => (known as readonly string[]).includes(w)) };
}

/** A value from a closed list, or not understood. */
export function parseOneOf<W extends string>(
  raw: string,
  isKnown: (value: string) => value is W,
): { value: W | null; ok: boolean } {
  return isKnown(raw) ? { value: raw, ok: true } : { value: null, ok: false };
}

/**
 * A parameter that is one word of a closed list, named as the state field it mirrors (mode, speed)
 * and shown in the link unless it is the default; `set` puts the link's word (or the default) back.
 */
export function choiceParam<Name extends keyof AppState & string, W extends AppState[Name] & string>(
  name: Name,
  isKnown: (value: string) => value is W,
  fallback: W,
  set: (state: AppStore, value: W) => void,
): UrlCodec<Name, W> {
  return urlParam({
    name,
    parse: (raw) => parseOneOf(raw, isKnown),
    serialize: (word) => word,
    read: (s) => (s[name] === fallback ? null : (s[name] as W)),
    apply: applyWith((s, word) => set(s, word ?? fallback)),
  });
}
