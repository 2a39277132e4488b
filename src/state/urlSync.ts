import type { StoreApi } from 'zustand/vanilla';
import { fromDayNumber, toDayNumber } from '../data/eventInterval';
import { EVENT_CATEGORIES } from '../data/eventSchema';
import { LAYER_GROUP_NAMES, type LayerGroup } from '../map/layerIds';
import { DEFAULT_SPEED } from '../timeline/playback';
import type { AppState, AppStore } from './store';
import { DEFAULT_WINDOW_MONTHS } from './timeMode';
import { type ParsedUrl, parseUrl, serializeUrl, type UrlState } from './urlState';

/** The URL state a store state corresponds to. Layers are only written when not all are on. */
export function urlStateOf(state: AppState): UrlState {
  const on = LAYER_GROUP_NAMES.filter((g) => state.layers[g]);
  const hidden = state.filters.hiddenCategories;
  // Defaults stay out of the link so shared links are short and stay valid if a default changes.
  return {
    date: state.data ? fromDayNumber(state.day) : null,
    event: state.selectedId,
    layers: on.length === LAYER_GROUP_NAMES.length ? null : (on as LayerGroup[]),
    view: state.view,
    mode: state.mode === 'cumulative' ? null : state.mode,
    windowMonths: state.mode === 'window' && state.windowMonths !== DEFAULT_WINDOW_MONTHS ? state.windowMonths : null,
    speed: state.speed === DEFAULT_SPEED ? null : state.speed,
    loop: state.loop ? true : null,
    categories: hidden.length === 0 ? null : EVENT_CATEGORIES.filter((c) => !hidden.includes(c)),
    search: state.filters.search.trim() === '' ? null : state.filters.search,
    // English is the default; any other language is written so a shared link opens as it was seen.
    lang: state.lang === 'en' ? null : state.lang,
  };
}

/**
 * Applies a parsed link to a loaded store. Values the data cannot honour (a date outside the
 * record, an unknown event) fall back to the defaults and are reported back.
 */
export function applyUrl(store: StoreApi<AppStore>, parsed: ParsedUrl): string[] {
  const problems = [...parsed.problems];
  const s = store.getState();
  const { state } = parsed;
  // Filters first: they decide which events exist for the date and selection below.
  s.setFilters({
    hiddenCategories: state.categories ? EVENT_CATEGORIES.filter((c) => !state.categories?.includes(c)) : [],
    search: state.search ?? '',
  });
  s.setMode(state.mode ?? 'cumulative');
  s.setWindowMonths(state.windowMonths ?? DEFAULT_WINDOW_MONTHS);
  s.setSpeed(state.speed ?? DEFAULT_SPEED);
  s.setLoop(state.loop ?? false);
  if (state.date) {
    const day = toDayNumber(state.date);
    if (s.data && (day < s.data.extent.min || day > s.data.extent.max)) problems.push('date');
    else s.setDay(day);
  }
  if (state.event) {
    const event = s.data ? s.filtered.find((e) => e.id === state.event) : undefined;
    if (!event) problems.push('event');
    else {
      s.select(event.id);
      // A link to an event shows it: move the date forward if the link's date would hide it.
      if (store.getState().day < event.startDay) s.setDay(event.startDay);
    }
  } else if (s.selectedId) {
    s.select(null);
  }
  if (state.layers) s.setLayers(state.layers);
  // A link without a language leaves the reader's own (browser default or chosen) as it is.
  if (state.lang) s.setLang(state.lang);
  return problems;
}

/** How long the address bar may lag behind a burst of changes (scrubbing, playback). */
export const URL_WRITE_DELAY_MS = 300;

/** The full link to exactly what the store shows now, for "Copy link" (never lags like the address bar may). */
export function linkTo(state: AppState, base: string): string {
  const { search, hash } = serializeUrl(urlStateOf(state));
  const url = new URL(base);
  return `${url.origin}${url.pathname}${search}${hash}`;
}

/**
 * Keeps the address bar in step with the store: a new selection is a new history entry (so Back
 * walks through selections); date, layer and view changes replace the current entry.
 */
export function syncUrl(store: StoreApi<AppStore>, win: Window = window): () => void {
  let last = serializeUrl(urlStateOf(store.getState()));
  let lastSelected = store.getState().selectedId;
  let restoring = false;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    pending = null;
    const state = store.getState();
    const next = serializeUrl(urlStateOf(state));
    if (next.search === last.search && next.hash === last.hash) return;
    const url = `${win.location.pathname}${next.search}${next.hash}`;
    if (state.selectedId !== lastSelected) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    last = next;
    lastSelected = state.selectedId;
  };

  const unsubscribe = store.subscribe((state) => {
    if (restoring || !state.data) return;
    // A selection is a step in history and is written at once. Other changes come in bursts
    // (playback, dragging) and browsers throttle history writes, so they are written when calm.
    if (state.selectedId !== lastSelected) {
      if (pending !== null) clearTimeout(pending);
      write();
    } else if (pending === null) {
      pending = setTimeout(write, URL_WRITE_DELAY_MS);
    }
  });

  const onPop = () => {
    restoring = true;
    try {
      applyUrl(store, parseUrl(win.location.search, win.location.hash));
    } finally {
      restoring = false;
    }
    last = serializeUrl(urlStateOf(store.getState()));
    lastSelected = store.getState().selectedId;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
