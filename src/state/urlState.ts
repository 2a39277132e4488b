import { EVENT_CATEGORIES } from '../data/eventSchema';
import { isIsoDay } from '../data/isoDate';
import { isLang, type Lang } from '../i18n/languages';
import { LAYER_GROUP_NAMES, type LayerGroup } from '../map/layerIds';
import { SPEED_NAMES, type Speed } from '../timeline/playback';
import { type Category, isCategory, MAX_SEARCH_LENGTH } from './filters';
import { isTimeMode, isWindowMonths, type TimeMode, type WindowMonths } from './timeMode';

export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a link can carry. `null` means "not given": the app keeps its default. */
export interface UrlState {
  date: string | null;
  event: string | null;
  layers: LayerGroup[] | null;
  view: MapViewState | null;
  mode: TimeMode | null;
  windowMonths: WindowMonths | null;
  speed: Speed | null;
  loop: boolean | null;
  /** The categories shown, when not all are. */
  categories: Category[] | null;
  search: string | null;
  /** Interface language. */
  lang: Lang | null;
}

export const EMPTY_URL_STATE: UrlState = {
  date: null,
  event: null,
  layers: null,
  view: null,
  mode: null,
  windowMonths: null,
  speed: null,
  loop: null,
  categories: null,
  search: null,
  lang: null,
};

export interface ParsedUrl {
  state: UrlState;
  /** Parameters that were present but not understood; the app ignores them and may say so. */
  problems: string[];
}

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

function parseLayers(value: string): { layers: LayerGroup[]; unknown: string[] } {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<string>(LAYER_GROUP_NAMES);
  const layers = LAYER_GROUP_NAMES.filter((g) => names.includes(g));
  return { layers, unknown: names.filter((n) => !known.has(n)) };
}

function parseView(hash: string): MapViewState | null | 'invalid' {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get('map');
  if (raw === null) return null;
  const parts = raw.split('/');
  if (parts.length !== 3) return 'invalid';
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const ok =
    parts.every((p) => p.trim() !== '') &&
    Number.isFinite(zoom) &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    zoom >= 0 &&
    zoom <= 22 &&
    Math.abs(lat) <= 85 &&
    Math.abs(lon) <= 180;
  return ok ? { zoom, lat, lon } : 'invalid';
}

/** Never throws: anything unusable becomes `null` (the default) and is listed in `problems`. */
export function parseUrl(search: string, hash: string): ParsedUrl {
  const problems: string[] = [];
  const state: UrlState = { ...EMPTY_URL_STATE };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems: ['query'] };
  }

  const date = params.get('date');
  if (date !== null) {
    state.date = isIsoDay(date) ? date : null;
    if (!state.date) problems.push('date');
  }
  const event = params.get('event');
  if (event !== null) {
    if (EVENT_ID.test(event)) state.event = event;
    else problems.push('event');
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const parsed = parseLayers(layers);
    state.layers = parsed.layers;
    if (parsed.unknown.length > 0) problems.push('layers');
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if (isTimeMode(mode)) state.mode = mode;
    else problems.push('mode');
  }
  const windowMonths = params.get('window');
  if (windowMonths !== null) {
    const n = Number(windowMonths);
    if (windowMonths.trim() !== '' && isWindowMonths(n)) state.windowMonths = n;
    else problems.push('window');
  }
  const speed = params.get('speed');
  if (speed !== null) {
    if ((SPEED_NAMES as string[]).includes(speed)) state.speed = speed as Speed;
    else problems.push('speed');
  }
  const loop = params.get('loop');
  if (loop !== null) {
    if (loop === '1' || loop === '0') state.loop = loop === '1';
    else problems.push('loop');
  }
  const categories = params.get('categories');
  if (categories !== null) {
    const names = categories
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    state.categories = EVENT_CATEGORIES.filter((c) => names.includes(c));
    if (names.some((n) => !isCategory(n))) problems.push('categories');
  }
  const query = params.get('q');
  if (query !== null) {
    // Control characters have no place in a search and could garble the notice or the field.
    const clean = query.replace(/\p{Cc}/gu, ' ').slice(0, MAX_SEARCH_LENGTH);
    // An empty search is no search: the same state as leaving `q` out.
    state.search = clean.trim() === '' ? null : clean;
    if (clean !== query) problems.push('q');
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else problems.push('lang');
  }
  const view = parseView(hash);
  if (view === 'invalid') problems.push('map');
  else state.view = view;
  return { state, problems };
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** The query string and hash for a state; omitted values stay out of the link. */
export function serializeUrl(state: UrlState): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  if (state.event) params.set('event', state.event);
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.mode) params.set('mode', state.mode);
  if (state.windowMonths !== null) params.set('window', String(state.windowMonths));
  if (state.categories) params.set('categories', state.categories.join(','));
  if (state.search) params.set('q', state.search);
  if (state.speed) params.set('speed', state.speed);
  if (state.loop !== null) params.set('loop', state.loop ? '1' : '0');
  if (state.lang) params.set('lang', state.lang);
  const search = params.toString();
  const hash = state.view ? `#map=${round(state.view.zoom, 2)}/${round(state.view.lat, 4)}/${round(state.view.lon, 4)}` : '';
  return { search: search ? `?${search.replace(/%2C/g, ',')}` : '', hash };
}
