import type { StoreApi } from 'zustand/vanilla';
import type { AppState, AppStore } from './appState';
import { PARAMS, type ParsedUrl, parseUrl, serializeUrl, type UrlState } from './urlState';

const BY_STAGE = [...PARAMS].sort((a, b) => a.stage - b.stage);

/**
 * What is selected, event or crossing, and the story step on screen, as one value: a change of any
 * is a step in history (so Back walks selections and a story's steps).
 */
function selectionOf(state: AppState): string {
  const story = state.story ? `${state.story.origin}:${state.story.story.id}:${state.story.step}` : '';
  return `${state.selectedId ?? ''}|${state.selectedCheckpoint ?? ''}|${story}`;
}

/** What a link says while a story is open: the story and its step decide the rest, so the rest stays out. */
const STORY_LINK_FIELDS: ReadonlySet<keyof UrlState> = new Set([
  'story',
  'sharedStory',
  'step',
  'lang',
  'recordVersion',
  // An embed showing a story stays an embed.
  'embed',
  'staticEmbed',
]);

/** The URL state a store state corresponds to. */
export function urlStateOf(state: AppState): UrlState {
  const inStory = state.story !== null;
  return Object.fromEntries(
    PARAMS.map((p) => [p.name, inStory && !STORY_LINK_FIELDS.has(p.name) ? null : p.read(state)]),
  ) as UrlState;
}

/**
 * Applies a parsed link to a loaded store, filters first and the selection last. Values the data
 * cannot honour (a date outside the record, an unknown event) fall back to the defaults and are
 * reported back with the parser's problems. With `only`, just those fields are applied (a story
 * step sets the view and leaves the language and the rest as they are).
 */
export function applyUrl(store: StoreApi<AppStore>, parsed: ParsedUrl, only?: readonly (keyof UrlState)[]): string[] {
  const problems = [...parsed.problems];
  for (const p of BY_STAGE) {
    if (only && !only.includes(p.name)) continue;
    if (p.apply && !p.apply(store, parsed.state[p.name]) && !problems.includes(p.key)) problems.push(p.key);
  }
  return problems;
}

/** How long the address bar may lag behind a burst of changes (scrubbing, playback). */
export const URL_WRITE_DELAY_MS = 300;

/**
 * The full link to exactly what the store shows now, for "Copy link" (never lags like the address
 * bar may); `with` overrides fields (the embed links: state/embedLink.ts).
 */
export function linkTo(state: AppState, base: string, with_: Partial<UrlState> = {}): string {
  const { search, hash } = serializeUrl({ ...urlStateOf(state), ...with_ });
  const url = new URL(base);
  return `${url.origin}${url.pathname}${search}${hash}`;
}

/**
 * Keeps the address bar in step with the store: a new selection is a new history entry (so Back
 * walks through selections); date, layer and view changes replace the current entry.
 */
export function syncUrl(store: StoreApi<AppStore>, win: Window = window): () => void {
  let last = serializeUrl(urlStateOf(store.getState()));
  let lastSelected = selectionOf(store.getState());
  let restoring = false;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    pending = null;
    const state = store.getState();
    const next = serializeUrl(urlStateOf(state));
    if (next.search === last.search && next.hash === last.hash) {
      lastSelected = selectionOf(state);
      return;
    }
    const url = `${win.location.pathname}${next.search}${next.hash}`;
    if (selectionOf(state) !== lastSelected) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    last = next;
    lastSelected = selectionOf(state);
  };

  let soon = false;
  const unsubscribe = store.subscribe((state) => {
    if (restoring || !state.data) return;
    // A selection is a step in history and is written at once: at the end of the current task, so
    // an action made of several updates (a story step sets the date, the filters and the event) is
    // one entry. Other changes come in bursts (playback, dragging) and browsers throttle history
    // writes, so they are written when calm.
    if (selectionOf(state) !== lastSelected) {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      if (!soon) {
        soon = true;
        queueMicrotask(() => {
          soon = false;
          write();
        });
      }
    } else if (pending === null && !soon) {
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
    lastSelected = selectionOf(store.getState());
  };
  win.addEventListener('popstate', onPop);
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
