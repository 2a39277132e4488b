/**
 * A story step as a view: the link state it sets (date, mode, filters, layers, the event it opens)
 * and where the camera goes. Pure: the store applies these with `applyUrl`, as it applies a link,
 * so a step reaches the map only through the map controller.
 */
import { CATEGORIES } from '../model/category';
import { fromDayNumber } from '../model/days';
import type { Lang } from '../model/languages';
import { LAYER_GROUPS, type LayerGroup } from '../model/layerGroup';
import type { LoadedData } from '../model/loadedData';
import { boundsOf, type LonLatBounds } from '../model/lonLatBounds';
import type { LonLat } from '../model/record';
import type { StoryStep } from '../model/story';
import { DEFAULT_WINDOW_MONTHS } from '../model/timeMode';
import type { AppState, CameraTarget } from './appState';
import { EMPTY_URL_STATE, type UrlState } from './urlState';

/** The link fields a step decides; everything else a link can say (language, speed, version) stays the reader's. */
export const STEP_FIELDS = [
  'date',
  'event',
  'checkpoint',
  'layers',
  'mode',
  'windowMonths',
  'categories',
  'search',
] as const satisfies readonly (keyof UrlState)[];

/** A step fits its places or events no closer than this: the villages around still read. */
export const STEP_MAX_ZOOM = 11;

/**
 * The whole view a step sets, as a link would carry it. What the step leaves out is the default
 * (every category and layer, no search, cumulative), not whatever the reader had before: a step
 * looks the same however the reader arrived at it.
 */
export function stepLinkState(step: StoryStep): UrlState {
  const mode = step.mode ?? 'cumulative';
  return {
    ...EMPTY_URL_STATE,
    date: step.date,
    event: step.open ?? null,
    checkpoint: null,
    layers: step.layers ? LAYER_GROUPS.filter((g) => step.layers?.includes(g)) : [...LAYER_GROUPS],
    mode,
    windowMonths: mode === 'window' ? (step.window ?? DEFAULT_WINDOW_MONTHS) : null,
    categories: step.categories ? CATEGORIES.filter((c) => step.categories?.includes(c)) : null,
    search: step.search?.trim() ? step.search : null,
  };
}

function pad([w, s, e, n]: LonLatBounds): LonLatBounds {
  // One point (or places in a line) still makes a box the map can fit; maxZoom sets how close.
  const d = 0.0005;
  return [w - d, s - d, e + d, n + d];
}

/**
 * Where the camera goes for a step: its camera, or else the box around its events. Null when
 * neither gives a position (then the camera stays where it is).
 */
export function stepCamera(step: StoryStep, data: Pick<LoadedData, 'events' | 'places'>): CameraTarget | null {
  const camera = step.camera;
  if (camera && 'center' in camera) return { center: [camera.center[0], camera.center[1]], zoom: camera.zoom };
  if (camera && 'bounds' in camera) return { bounds: camera.bounds, maxZoom: camera.maxZoom ?? 22 };
  let points: LonLat[];
  if (camera && 'places' in camera) {
    points = camera.places.flatMap((id) => {
      const at = data.places[id]?.location;
      return at ? [at] : [];
    });
  } else {
    const ids = new Set(step.events ?? []);
    points = data.events.filter((e) => ids.has(e.id)).map((e) => e.location);
  }
  const bounds = boundsOf(points);
  return bounds
    ? { bounds: pad(bounds), maxZoom: (camera && 'maxZoom' in camera ? camera.maxZoom : undefined) ?? STEP_MAX_ZOOM }
    : null;
}

/**
 * The reader's current view as a step of their own story: everything a step can set, the camera
 * as it is (centre and zoom), and the selected event as the one it highlights and opens.
 */
export function viewAsStep(state: AppState, words: { title: string; text: string }, lang: Lang): StoryStep {
  const hidden = state.filters.hiddenCategories;
  const layers: LayerGroup[] = LAYER_GROUPS.filter((g) => state.layers[g]);
  const view = state.view;
  const step: StoryStep = { title: { [lang]: words.title }, date: fromDayNumber(state.day) };
  if (words.text.trim() !== '') step.text = { [lang]: words.text };
  if (state.mode !== 'cumulative') step.mode = state.mode;
  if (state.mode === 'window') step.window = state.windowMonths;
  if (hidden.length > 0) step.categories = CATEGORIES.filter((c) => !hidden.includes(c));
  if (state.filters.search.trim() !== '') step.search = state.filters.search;
  if (layers.length < LAYER_GROUPS.length) step.layers = layers;
  // The centre and zoom as on screen: fitting the box instead would shift it by the map's frame padding.
  if (view)
    step.camera = { center: [Number(view.lon.toFixed(4)), Number(view.lat.toFixed(4))], zoom: Number(view.zoom.toFixed(2)) };
  if (state.selectedId) {
    step.events = [state.selectedId];
    step.open = state.selectedId;
  }
  return step;
}
