import type { StoreApi } from 'zustand/vanilla';
import { fromDayNumber, toDayNumber } from '../data/eventInterval';
import { LAYER_GROUP_NAMES, type LayerGroup } from '../map/layerIds';
import type { AppState, AppStore } from './store';
import { type ParsedUrl, parseUrl, serializeUrl, type UrlState } from './urlState';

/** The URL state a store state corresponds to. Layers are only written when not all are on. */
export function urlStateOf(state: AppState): UrlState {
  const on = LAYER_GROUP_NAMES.filter((g) => state.layers[g]);
  return {
    date: state.data ? fromDayNumber(state.day) : null,
    event: state.selectedId,
    layers: on.length === LAYER_GROUP_NAMES.length ? null : (on as LayerGroup[]),
    view: state.view,
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
  if (state.date) {
    const day = toDayNumber(state.date);
    if (s.data && (day < s.data.extent.min || day > s.data.extent.max)) problems.push('date');
    else s.setDay(day);
  }
  if (state.event) {
    const event = s.data?.events.find((e) => e.id === state.event);
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
  return problems;
}

/**
 * Keeps the address bar in step with the store: a new selection is a new history entry (so Back
 * walks through selections); date, layer and view changes replace the current entry.
 */
export function syncUrl(store: StoreApi<AppStore>, win: Window = window): () => void {
  let last = serializeUrl(urlStateOf(store.getState()));
  let lastSelected = store.getState().selectedId;
  let restoring = false;

  const unsubscribe = store.subscribe((state) => {
    if (restoring || !state.data) return;
    const next = serializeUrl(urlStateOf(state));
    if (next.search === last.search && next.hash === last.hash) return;
    const url = `${win.location.pathname}${next.search}${next.hash}`;
    if (state.selectedId !== lastSelected) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    last = next;
    lastSelected = state.selectedId;
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
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
