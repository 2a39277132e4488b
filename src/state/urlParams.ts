import { CATEGORIES } from '../model/category';
import { fromDayNumber, toDayNumber } from '../model/days';
import { isIsoDay } from '../model/isoDate';
import { BASE_LANG, isLang } from '../model/languages';
import { LAYER_GROUPS, type LayerGroup } from '../model/layerGroup';
import { isRecordVersion } from '../model/recordHistory';
import { DEFAULT_SPEED, isSpeed } from '../model/speed';
import { DEFAULT_WINDOW_MONTHS, isTimeMode, isWindowMonths } from '../model/timeMode';
import type { AppState, MapViewState } from './appState';
import { MAX_SEARCH_LENGTH } from './filters';
import { linkVersionNotice } from './linkVersion';
import { selectCheckpointIds, selectFiltered } from './selectors';
import { type DecodedStory, decodeStoryFromLink, encodeStoryForLink } from './storyLink';
import { storyProblems } from './storyProblems';
import { applyWith, choiceParam, parseOneOf, parseWordList, urlParam } from './urlParam';

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** An event or checkpoint id from a link: the record's id pattern, or not understood. */
function parseId(raw: string): { value: string | null; ok: boolean } {
  return EVENT_ID.test(raw) ? { value: raw, ok: true } : { value: null, ok: false };
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/**
 * A switch written `key=1` when on and left out when off. Applying does nothing: what it switches
 * is read from the link before the app is drawn, and a link cannot switch it afterwards.
 */
function flagParam<Name extends string>(name: Name, key: string, read: (s: AppState) => boolean) {
  return urlParam({
    name,
    key,
    parse: (raw) => (raw === '1' ? { value: true, ok: true } : { value: null, ok: raw === '0' }),
    serialize: () => '1',
    read: (s) => (read(s) ? true : null),
  });
}

/** The map view as `zoom/lat/lon`, within what MapLibre accepts. */
function parseView(raw: string): MapViewState | null {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const ok = [zoom, lat, lon].every(Number.isFinite) && zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180;
  return ok ? { zoom, lat, lon } : null;
}

/**
 * Everything a link can carry, in the order it is written. Defaults stay out of the link so shared
 * links are short and stay valid if a default changes.
 */
export const URL_PARAMS = [
  urlParam({
    name: 'date',
    stage: 2,
    parse: (raw) => (isIsoDay(raw) ? { value: raw, ok: true } : { value: null, ok: false }),
    serialize: (date) => date,
    read: (s) => (s.data ? fromDayNumber(s.day) : null),
    apply: (store, date) => {
      if (date === null) return true;
      const s = store.getState();
      const day = toDayNumber(date);
      if (s.data && (day < s.data.extent.min || day > s.data.extent.max)) return false;
      s.setDay(day);
      return true;
    },
  }),
  urlParam({
    name: 'event',
    stage: 3,
    parse: parseId,
    serialize: (id) => id,
    read: (s) => s.selectedId,
    apply: (store, id) => {
      const s = store.getState();
      if (id === null) {
        if (s.selectedId) s.select(null);
        return true;
      }
      if (!s.data || !selectFiltered(s).some((e) => e.id === id)) return false;
      // A link to an event shows it: the link's own date stays unless it would hide the event.
      s.reveal(id, 'keepIfShown');
      return true;
    },
  }),
  urlParam({
    name: 'checkpoint',
    stage: 3,
    // Checkpoint ids follow the same pattern as event ids (`cp-…`).
    parse: parseId,
    serialize: (id) => id,
    read: (s) => s.selectedCheckpoint,
    apply: (store, id) => {
      const s = store.getState();
      if (id === null) {
        if (s.selectedCheckpoint) s.selectCheckpoint(null);
        return true;
      }
      if (!selectCheckpointIds(s).has(id)) return false;
      s.selectCheckpoint(id);
      return true;
    },
  }),
  urlParam({
    name: 'layers',
    parse: (raw) => parseWordList(raw, LAYER_GROUPS),
    serialize: (layers: LayerGroup[]) => layers.join(','),
    read: (s) => {
      const on = LAYER_GROUPS.filter((g) => s.layers[g]);
      return on.length === LAYER_GROUPS.length ? null : on;
    },
    apply: applyWith((s, layers) => {
      if (layers) s.setLayers(layers);
    }),
  }),
  choiceParam('mode', isTimeMode, 'cumulative', (s, mode) => s.setMode(mode)),
  urlParam({
    name: 'windowMonths',
    key: 'window',
    parse: (raw) => {
      const n = Number(raw);
      return raw.trim() !== '' && isWindowMonths(n) ? { value: n, ok: true } : { value: null, ok: false };
    },
    serialize: (months) => String(months),
    read: (s) => (s.mode === 'window' && s.windowMonths !== DEFAULT_WINDOW_MONTHS ? s.windowMonths : null),
    apply: applyWith((s, months) => s.setWindowMonths(months ?? DEFAULT_WINDOW_MONTHS)),
  }),
  urlParam({
    name: 'categories',
    stage: 0,
    parse: (raw) => parseWordList(raw, CATEGORIES),
    serialize: (shown) => shown.join(','),
    read: (s) => {
      const hidden = s.filters.hiddenCategories;
      return hidden.length === 0 ? null : CATEGORIES.filter((c) => !hidden.includes(c));
    },
    apply: applyWith((s, shown) =>
      s.setFilters({ ...s.filters, hiddenCategories: shown ? CATEGORIES.filter((c) => !shown.includes(c)) : [] }),
    ),
  }),
  urlParam({
    name: 'search',
    key: 'q',
    stage: 0,
    parse: (raw) => {
      // Control characters have no place in a search and could garble the notice or the field.
      const clean = raw.replace(/\p{Cc}/gu, ' ').slice(0, MAX_SEARCH_LENGTH);
      // An empty search is no search: the same state as leaving `q` out.
      return { value: clean.trim() === '' ? null : clean, ok: clean === raw };
    },
    serialize: (search) => search,
    read: (s) => (s.filters.search.trim() === '' ? null : s.filters.search),
    apply: applyWith((s, search) => s.setSearch(search ?? '')),
  }),
  choiceParam('speed', isSpeed, DEFAULT_SPEED, (s, speed) => s.setSpeed(speed)),
  urlParam({
    name: 'loop',
    parse: (raw) => (raw === '1' || raw === '0' ? { value: raw === '1', ok: true } : { value: null, ok: false }),
    serialize: (loop) => (loop ? '1' : '0'),
    read: (s) => (s.loop ? true : null),
    apply: applyWith((s, loop) => s.setLoop(loop ?? false)),
  }),
  urlParam({
    name: 'lang',
    parse: (raw) => parseOneOf(raw, isLang),
    serialize: (lang) => lang,
    // English is the default; any other language is written so a shared link opens as it was seen.
    read: (s) => (s.lang === BASE_LANG ? null : s.lang),
    // A link without a language leaves the reader's own (browser default or chosen) as it is. A loaded
    // dictionary (the start-up one, any seen before) switches at once; another switches once it loads.
    apply: applyWith((s, lang) => {
      if (lang) void s.chooseLang(lang);
    }),
  }),
  urlParam({
    name: 'story',
    stage: 3,
    parse: parseId,
    serialize: (id) => id,
    read: (s) => (s.story?.origin === 'builtin' ? s.story.story.id : null),
    apply: (store, id) => {
      const s = store.getState();
      if (id === null) {
        // A link without a story, reached by Back: the story is left, the link's own view stays.
        if (s.story?.origin === 'builtin') s.closeStory();
        return true;
      }
      if (s.story?.origin === 'builtin' && s.story.story.id === id) return true;
      const story = s.stories?.find((x) => x.id === id);
      // Its own notice, naming the story: clearer than the general "not understood".
      if (!story) s.notify({ key: 'notice.storyUnknown', params: { id } });
      else s.openStory('builtin', story, 0);
      return true;
    },
  }),
  urlParam({
    // A story that lives in no file: the reader's own, shared as a link, carried whole in the fragment.
    name: 'sharedStory',
    key: 'story',
    inHash: true,
    stage: 3,
    parse: (raw) => ({ value: decodeStoryFromLink(raw) as DecodedStory, ok: true }),
    serialize: (decoded) => ('story' in decoded ? (encodeStoryForLink(decoded.story) ?? '') : ''),
    read: (s) =>
      s.story && s.story.origin !== 'builtin' && encodeStoryForLink(s.story.story) !== null ? { story: s.story.story } : null,
    apply: (store, decoded) => {
      const s = store.getState();
      const current = s.story && s.story.origin !== 'builtin' ? s.story : null;
      if (decoded === null) {
        if (current) s.closeStory();
        return true;
      }
      if ('error' in decoded) {
        s.notify({ key: 'notice.storyLink', paramKeys: { reason: `storyLink.${decoded.error}` } });
        return true;
      }
      if (current && JSON.stringify(current.story) === JSON.stringify(decoded.story)) return true;
      const problems = storyProblems(decoded.story, s);
      if (problems) {
        s.notify({ key: 'notice.storyInvalid', params: { detail: problems } });
        return true;
      }
      const mine = s.personalStory && JSON.stringify(s.personalStory) === JSON.stringify(decoded.story);
      s.openStory(mine ? 'personal' : 'shared', decoded.story, 0);
      return true;
    },
  }),
  urlParam({
    name: 'step',
    stage: 3,
    parse: (raw) => (/^[1-9][0-9]{0,3}$/.test(raw) ? { value: Number(raw), ok: true } : { value: null, ok: false }),
    serialize: (step) => String(step),
    read: (s) => (s.story ? s.story.step + 1 : null),
    apply: (store, step) => {
      const s = store.getState();
      // Without a story there is nothing to step through; the story's own notice has said why.
      if (!s.story) return true;
      if (!s.goToStep((step ?? 1) - 1)) {
        s.notify({ key: 'notice.storyStep', params: { step: step ?? 1, count: s.story.story.steps.length } });
        s.goToStep(0);
      }
      return true;
    },
  }),
  // The page's mode, set before the first render from the link (main.tsx); written back so an embed
  // that reloads stays an embed. The full map's links never carry them (state/embedLink.ts).
  flagParam('embed', 'embed', (s) => s.embed !== 'off'),
  flagParam('staticEmbed', 'static', (s) => s.embed === 'static'),
  urlParam({
    name: 'recordVersion',
    key: 'v',
    // Last of all: the notice counts the events the link shows, at its date, with its filters.
    stage: 3,
    parse: (raw) => (isRecordVersion(raw) ? { value: raw, ok: true } : { value: null, ok: false }),
    serialize: (version) => version,
    // Always written while the record has a version: whoever opens the link later learns what changed since.
    read: (s) => s.data?.history?.version ?? null,
    apply: (store, version) => {
      const notice = version === null ? null : linkVersionNotice(store.getState(), version);
      if (notice) store.getState().notify(notice);
      return true;
    },
  }),
  urlParam({
    name: 'view',
    key: 'map',
    inHash: true,
    parse: (raw) => {
      const view = parseView(raw);
      return { value: view, ok: view !== null };
    },
    serialize: (v) => `${round(v.zoom, 2)}/${round(v.lat, 4)}/${round(v.lon, 4)}`,
    read: (s) => s.view,
    // The view is where the map opens (MapView); afterwards the map itself owns the camera.
  }),
] as const;
