/**
 * Everything the views and the map derive from the store, as memoised selectors over the state:
 * the same question always gets the same (identical) answer until what it depends on changes, so
 * the map, the list, the strip and the counts can never disagree, and a component re-renders only
 * when its answer changes. Pure, tested without React.
 */
import { borderContextAt } from '../data/borderGeometry';
import type { BorderContext, BorderGeometry } from '../model/borderContext';
import { type CrossingStatus, checkpointStatusesOn, type StatusLane } from '../model/crossingStatus';
import type { Lang } from '../model/languages';
import { DENSE_RECORD_SIZE } from '../model/layerGroup';
import type { LoadedData, PlaceInfo } from '../model/loadedData';
import { localized } from '../model/localized';
import type { LonLatBounds } from '../model/lonLatBounds';
import type { ChangelogEntry } from '../model/record';
import { lastTouched, type RecordHistory } from '../model/recordHistory';
import type { TimedEvent } from '../model/timedEvent';
import { endBound, type TimeMode, type TimeView } from '../model/timeMode';
import type { AppState } from './appState';
import { buildCategoryTimeIndex, type CategoryCounts, countsAt } from './categoryCounts';
import { adjacentEvent, countInMode, eventsInMode, neighbourEventDay, startDays } from './eventQueries';
import { applyFilters, type EventFilters } from './filters';
import { memoizeLast, memoizeRecent } from './memoize';
import { splitByView, type ViewSplit } from './offscreen';
import { buildSearchIndex, rankByScore, type SearchScores, searchScores } from './searchIndex';
import { isEmptyQuery, parseSearch } from './searchQuery';

const NO_EVENTS: readonly TimedEvent[] = [];

// The folded text of every event is as large as the record itself: built on the first search only.
const searchIndexOf = memoizeLast((data: LoadedData) => buildSearchIndex(data.events, data.places));
const parsedSearchOf = memoizeLast(parseSearch);
// One pass over the record per search (the filter, the counts and the ranking all read it).
const searchScoresOf = memoizeLast((data: LoadedData, search: string): SearchScores | null => {
  const query = parsedSearchOf(search);
  return isEmptyQuery(query) ? null : searchScores(data.events, searchIndexOf(data), query);
});

/**
 * Folds the record's texts for search now rather than on the first query: called when the search
 * field gets focus, so the one-off cost (about 0.1 s at 10,000 events) is paid before typing.
 */
export function prepareSearch(s: Pick<AppState, 'data'>): void {
  if (s.data) searchIndexOf(s.data);
}

const filteredOf = memoizeLast((data: LoadedData | null, filters: EventFilters) =>
  data ? applyFilters(data.events, searchScoresOf(data, filters.search), filters.hiddenCategories) : NO_EVENTS,
);

/** The events passing the category filter and the search, chronological; `data.events` itself when nothing filters. */
export function selectFiltered(s: Pick<AppState, 'data' | 'filters'>): readonly TimedEvent[] {
  return filteredOf(s.data, s.filters);
}

/** A search's matches, most relevant first, with the query as typed; null without a search. */
export interface SearchResults {
  query: string;
  events: readonly TimedEvent[];
}

const searchResultsOf = memoizeLast((data: LoadedData | null, filters: EventFilters): SearchResults | null => {
  const scores = data ? searchScoresOf(data, filters.search) : null;
  if (!data || !scores) return null;
  const hidden = new Set(filters.hiddenCategories);
  return { query: filters.search.trim(), events: rankByScore(data.events, scores, (e) => !hidden.has(e.category)) };
});

/**
 * The events the search and the category switches pass, ranked by relevance (a title word before
 * a place, a place before a summary, a near spelling last), whatever the date: the list shows
 * these while a search is on. The map keeps showing `selectFiltered` at the date.
 */
export function selectSearchResults(s: Pick<AppState, 'data' | 'filters'>): SearchResults | null {
  return searchResultsOf(s.data, s.filters);
}

/** Whether the filters hide any event. */
export function selectFiltersActive(s: AppState): boolean {
  return s.data !== null && selectFiltered(s) !== s.data.events;
}

const timeViewOf = memoizeLast((day: number, mode: TimeMode, windowMonths: number): TimeView => ({ day, mode, windowMonths }));

/** The date, the mode and the window together. */
export function selectTimeView(s: Pick<AppState, 'day' | 'mode' | 'windowMonths'>): TimeView {
  return timeViewOf(s.day, s.mode, s.windowMonths);
}

/** The end bound events must pass to be shown (see model/timeMode). */
export function selectEndBound(s: AppState): number {
  return endBound(selectTimeView(s));
}

/** How many of the filtered events are shown at the date. */
export function selectShownCount(s: AppState): number {
  return countInMode(selectFiltered(s), selectTimeView(s));
}

const shownOf = memoizeRecent(eventsInMode);

/** The filtered events shown at the date, chronological. */
export function selectShownEvents(s: AppState, time: TimeView = selectTimeView(s)): readonly TimedEvent[] {
  return shownOf(selectFiltered(s), time);
}

const NO_BOUNDS = null;
const viewSplitOf = memoizeRecent((events: readonly TimedEvent[], bounds: LonLatBounds | null, data: LoadedData | null) =>
  bounds && data ? splitByView(events, bounds, data.places) : null,
);

/**
 * The shown events split into those in the map's view and groups of those outside it; null until
 * the map has reported what it shows. A walk over the shown events: views pass a deferred `time`
 * so it never holds up a slider step.
 */
export function selectViewSplit(s: AppState, time: TimeView = selectTimeView(s)): ViewSplit | null {
  return viewSplitOf(selectShownEvents(s, time), s.view?.bounds ?? NO_BOUNDS, s.data);
}

// Found once per selection (or hover), not on every slider step: a scan of 100,000 events costs ~20 ms.
const findEvent = (events: readonly TimedEvent[], id: string | null) =>
  id === null ? null : (events.find((e) => e.id === id) ?? null);
const selectedOf = memoizeLast(findEvent);

export function selectSelectedEvent(s: AppState): TimedEvent | null {
  return selectedOf(selectFiltered(s), s.selectedId);
}

const hoveredOf = memoizeLast(findEvent);

/** The event the reader points at (on the map) or focuses (in a list), among those the filters pass. */
export function selectHoveredEvent(s: AppState): TimedEvent | null {
  return hoveredOf(selectFiltered(s), s.hoveredId);
}

const adjacentOf = memoizeLast((events: readonly TimedEvent[], event: TimedEvent | null) => ({
  prev: event ? adjacentEvent(events, event.id, -1) : null,
  next: event ? adjacentEvent(events, event.id, 1) : null,
}));

/** The selected event's chronological neighbours among the filtered events. */
export function selectAdjacentEvents(s: AppState): { prev: TimedEvent | null; next: TimedEvent | null } {
  return adjacentOf(selectFiltered(s), selectSelectedEvent(s));
}

const neighbourDaysOf = memoizeLast((events: readonly TimedEvent[], day: number) => ({
  prev: neighbourEventDay(events, day, -1),
  next: neighbourEventDay(events, day, 1),
}));

/** The start days of the nearest filtered events before and after the date. */
export function selectNeighbourDays(s: AppState): { prev: number | null; next: number | null } {
  return neighbourDaysOf(selectFiltered(s), s.day);
}

const categoryIndexOf = memoizeLast((data: LoadedData, search: string) =>
  buildCategoryTimeIndex(data.events, searchScoresOf(data, search)),
);
const countsOf = memoizeLast((index: ReturnType<typeof categoryIndexOf>, time: TimeView) => countsAt(index, time));

/**
 * Per category, the events shown at `time` (search applied, the category switches not) and the
 * record's total. `time` defaults to the store's; a view may pass a deferred one.
 */
export function selectCategoryCounts(s: AppState, time: TimeView = selectTimeView(s)): CategoryCounts | null {
  return s.data ? countsOf(categoryIndexOf(s.data, s.filters.search), time) : null;
}

const checkpointStatusesOf = memoizeLast((data: LoadedData | null, day: number) =>
  data ? checkpointStatusesOn(data.statusLanes, day) : {},
);

/** Each checkpoint's status at the date, by checkpoint id. */
export function selectCheckpointStatuses(s: AppState): Readonly<Record<string, CrossingStatus>> {
  return checkpointStatusesOf(s.data, s.day);
}

const laneNamesOf = memoizeLast((data: LoadedData | null, lang: Lang) => {
  const names: Record<string, string> = {};
  for (const lane of data?.statusLanes ?? []) {
    if (lane.kind === 'checkpoint') names[lane.id] = localized(data?.places[lane.id]?.name, lang) || lane.id;
  }
  return names;
});

/** Each checkpoint's name in the interface language (its id where the record has no name). */
export function selectCheckpointNames(s: AppState): Readonly<Record<string, string>> {
  return laneNamesOf(s.data, s.lang);
}

const checkpointIdsOf = memoizeLast((data: LoadedData | null) => {
  const ids = new Set<string>();
  for (const lane of data?.statusLanes ?? []) if (lane.kind === 'checkpoint') ids.add(lane.id);
  for (const place of Object.values(data?.places ?? {})) if (place.kind === 'checkpoint') ids.add(place.id);
  return ids;
});

/** Every crossing a reader can select: those with a status history in the record and those on the checkpoints layer. */
export function selectCheckpointIds(s: Pick<AppState, 'data'>): ReadonlySet<string> {
  return checkpointIdsOf(s.data);
}

/** The selected crossing: its place (names, sides, position) and its status lane, either absent where nothing is known. */
export interface SelectedCheckpoint {
  id: string;
  place: PlaceInfo | undefined;
  lane: StatusLane | undefined;
}

const selectedCheckpointOf = memoizeLast((data: LoadedData | null, id: string | null): SelectedCheckpoint | null =>
  data === null || id === null
    ? null
    : { id, place: data.places[id], lane: data.statusLanes.find((l) => l.kind === 'checkpoint' && l.id === id) },
);

export function selectSelectedCheckpoint(s: AppState): SelectedCheckpoint | null {
  return selectedCheckpointOf(s.data, s.selectedCheckpoint);
}

const checkpointEventsOf = memoizeLast((events: readonly TimedEvent[], id: string | null) =>
  id === null ? NO_EVENTS : events.filter((e) => e.places.includes(id)),
);

/** The filtered events that name the selected crossing among their places, chronological. */
export function selectCheckpointEvents(s: AppState): readonly TimedEvent[] {
  return checkpointEventsOf(selectFiltered(s), s.selectedCheckpoint);
}

const chooserEventsOf = memoizeLast((events: readonly TimedEvent[], ids: readonly string[] | undefined) =>
  (ids ?? []).flatMap((id) => events.find((e) => e.id === id) ?? []),
);

/** The events listed by the chooser that a click on several markers opened. */
export function selectChooserEvents(s: AppState): TimedEvent[] {
  return chooserEventsOf(selectFiltered(s), s.chooser?.ids);
}

const startDaysOf = memoizeLast(startDays);

/** Distinct start days of the filtered events: where playback rests. */
export function selectStartDays(s: AppState): number[] {
  return startDaysOf(selectFiltered(s));
}

/** Large records are drawn as counts per area when zoomed out. */
export function selectIsDense(s: AppState): boolean {
  return selectFiltered(s).length > DENSE_RECORD_SIZE;
}

const borderContextOf = memoizeLast((geometry: BorderGeometry | null, event: TimedEvent | null) =>
  geometry && event ? borderContextAt(geometry, event.location) : null,
);

/**
 * The selected event's side of the pre-2025 KG–TJ line and its distance from it (null until the
 * geometry has loaded). Worked out for the one event on screen, when it is selected: see
 * data/borderGeometry.ts for why not for the whole record.
 */
export function selectSelectedBorderContext(s: AppState): BorderContext | null {
  return borderContextOf(s.borderGeometry, selectSelectedEvent(s));
}

/** When the record last added or changed an event, in which version, and the version shown now. */
export interface EventUpdate {
  /** YYYY-MM-DD, the event's own `updated`. */
  date: string;
  /** The version that last added or changed it; null when the record has no changelog naming it. */
  version: string | null;
  /** The record's version now; null when the file carries none. */
  current: string | null;
}

const touchedOf = memoizeLast((history: RecordHistory | undefined) =>
  history ? lastTouched(history.changelog) : new Map<string, ChangelogEntry>(),
);

const updateOf = memoizeLast((event: TimedEvent | null, history: RecordHistory | undefined): EventUpdate | null =>
  event?.updated
    ? {
        date: event.updated,
        version: touchedOf(history).get(event.id)?.version ?? null,
        current: history?.version ?? null,
      }
    : null,
);

/** The selected event's "updated" line, for a reader who cites it; null for an event with no `updated` (an import). */
export function selectSelectedUpdate(s: AppState): EventUpdate | null {
  return updateOf(selectSelectedEvent(s), s.data?.history);
}
