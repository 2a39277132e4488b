/**
 * Everything the views and the map derive from the store, as memoised selectors over the state:
 * the same question always gets the same (identical) answer until what it depends on changes, so
 * the map, the list, the strip and the counts can never disagree, and a component re-renders only
 * when its answer changes. Pure, tested without React.
 */
import { type CrossingStatus, checkpointStatusesOn } from '../model/crossingStatus';
import type { Lang } from '../model/languages';
import { DENSE_RECORD_SIZE } from '../model/layerGroup';
import type { LoadedData } from '../model/loadedData';
import { localized } from '../model/localized';
import type { TimedEvent } from '../model/timedEvent';
import { endBound, type TimeMode, type TimeView } from '../model/timeMode';
import type { AppState } from './appState';
import { buildCategoryTimeIndex, type CategoryCounts, countsAt } from './categoryCounts';
import { adjacentEvent, countInMode, neighbourEventDay, startDays } from './eventQueries';
import { applyFilters, buildSearchIndex, type EventFilters, searchTerms } from './filters';
import { memoizeLast } from './memoize';

const NO_EVENTS: readonly TimedEvent[] = [];

// The folded text of every event is as large as the record itself: built on the first search only.
const searchIndexOf = memoizeLast((data: LoadedData) => buildSearchIndex(data.events, data.places));
const NO_INDEX: readonly string[] = [];
function searchIndexFor(data: LoadedData, search: string): readonly string[] {
  return searchTerms(search).length > 0 ? searchIndexOf(data) : NO_INDEX;
}

const filteredOf = memoizeLast((data: LoadedData | null, filters: EventFilters) =>
  data ? applyFilters(data.events, searchIndexFor(data, filters.search), filters) : NO_EVENTS,
);

/** The events passing the category filter and the search, chronological; `data.events` itself when nothing filters. */
export function selectFiltered(s: Pick<AppState, 'data' | 'filters'>): readonly TimedEvent[] {
  return filteredOf(s.data, s.filters);
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

const selectedOf = memoizeLast(
  // Found once per selection, not on every slider step: a scan of 100,000 events costs ~20 ms.
  (events: readonly TimedEvent[], id: string | null) => (id === null ? null : (events.find((e) => e.id === id) ?? null)),
);

export function selectSelectedEvent(s: AppState): TimedEvent | null {
  return selectedOf(selectFiltered(s), s.selectedId);
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
  buildCategoryTimeIndex(data.events, searchIndexFor(data, search), search),
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
