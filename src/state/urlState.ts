import type { UrlCodec } from './urlParam';
import { URL_PARAMS } from './urlParams';

type Param = (typeof URL_PARAMS)[number];
type ValueOf<P> = P extends UrlCodec<string, infer V> ? V : never;

/** What a link can carry, one field per parameter. `null` means "not given": the app keeps its default. */
export type UrlState = { [P in Param as P['name']]: ValueOf<P> | null };

/** The list, as the walkers (here and in urlSync) see it: each entry's value type is its own business. */
export const PARAMS = URL_PARAMS as readonly UrlCodec<keyof UrlState, unknown>[];

export const EMPTY_URL_STATE: UrlState = Object.fromEntries(PARAMS.map((p) => [p.name, null])) as UrlState;

export interface ParsedUrl {
  state: UrlState;
  /** Parameters (by key) present but not understood, in the order the link has them; the app ignores them and may say so. */
  problems: string[];
}

/** Never throws: anything unusable becomes `null` (the default) and is listed in `problems`. */
export function parseUrl(search: string, hash: string): ParsedUrl {
  const state: Record<string, unknown> = { ...EMPTY_URL_STATE };
  let query: URLSearchParams;
  let fragment: URLSearchParams;
  try {
    query = new URLSearchParams(search);
    fragment = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state: EMPTY_URL_STATE, problems: ['query'] };
  }
  const order = [...query.keys()];
  const position = (p: UrlCodec<string, unknown>) => (p.inHash ? Number.POSITIVE_INFINITY : order.indexOf(p.key));
  const bad: UrlCodec<string, unknown>[] = [];
  for (const p of PARAMS) {
    const raw = (p.inHash ? fragment : query).get(p.key);
    if (raw === null) continue;
    const { value, ok } = p.parse(raw);
    state[p.name] = value;
    if (!ok) bad.push(p);
  }
  const problems = bad.sort((a, b) => position(a) - position(b)).map((p) => p.key);
  return { state: state as UrlState, problems };
}

/** The query string and hash for a state; omitted values stay out of the link. */
export function serializeUrl(state: UrlState): { search: string; hash: string } {
  const query = new URLSearchParams();
  const fragment = new URLSearchParams();
  for (const p of PARAMS) {
    const value = state[p.name];
    if (value !== null) (p.inHash ? fragment : query).set(p.key, p.serialize(value));
  }
  // Commas and slashes are safe in a query and a fragment, and read better left as they are.
  const search = query.toString().replace(/%2C/g, ',');
  const hash = fragment.toString().replace(/%2F/g, '/');
  return { search: search ? `?${search}` : '', hash: hash ? `#${hash}` : '' };
}
