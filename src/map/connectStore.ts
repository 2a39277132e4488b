import type { StoreApi } from 'zustand/vanilla';
import { sheetInset } from '../model/sheetSnap';
import type { AppStore } from '../state/appState';
import {
  selectCheckpointStatuses,
  selectEndBound,
  selectFiltered,
  selectHoveredEvent,
  selectSelectedCheckpoint,
  selectSelectedEvent,
} from '../state/selectors';
import { selectStoryHighlights } from '../state/storySelectors';
import { hoverText } from './hoverLabel';
import type { MapAdapter } from './mapAdapter';
import { recordPlacesCollection } from './recordPlaces';
import { selectedPlacesCollection } from './selectedPlaces';

type Adapter = Pick<
  MapAdapter,
  | 'setEvents'
  | 'setTime'
  | 'setSelected'
  | 'setSelectedPlaces'
  | 'setRecordPlaces'
  | 'setHover'
  | 'setSelectedCheckpoint'
  | 'setLayers'
  | 'setCheckpointStatuses'
  | 'moveTo'
  | 'setLanguage'
  | 'setInset'
  | 'setHighlighted'
>;

/** Where the selection is, for centring it above the phone's sheet. */
function selectionPoint(s: AppStore): [number, number] | null {
  const event = selectSelectedEvent(s);
  if (event) return [event.location[0], event.location[1]];
  const location = selectSelectedCheckpoint(s)?.place?.location;
  return location ? [location[0], location[1]] : null;
}

/**
 * Applies the store to the map now and on every later change, calling the adapter only for what
 * changed. Slices and selector results are compared by identity: the store replaces a value when
 * it changes it, and the selectors return the same object until their inputs change.
 */
export function connectStore(
  store: StoreApi<AppStore>,
  adapter: Adapter,
  /** Pixels of the map's bottom that a sheet this many px tall covers (the map knows where it is on the page). */
  coveredBy: (inset: number) => number = (inset) => inset,
): () => void {
  let prev: AppStore | null = null;
  let sent: readonly unknown[] | null = null;
  let placesOf: unknown;
  let hovered: unknown;
  let highlightsSent: unknown;
  const apply = (next: AppStore) => {
    const hoveredEvent = selectHoveredEvent(next);
    if (hoveredEvent !== hovered || (hoveredEvent && next.lang !== prev?.lang)) {
      adapter.setHover(hoverText(hoveredEvent, next.lang));
      hovered = hoveredEvent;
    }
    const selectedEvent = selectSelectedEvent(next);
    if (selectedEvent !== placesOf) {
      adapter.setSelectedPlaces(selectedPlacesCollection(selectedEvent, next.data?.places ?? {}));
      placesOf = selectedEvent;
    }
    const filtered = selectFiltered(next);
    // Filters change the events source's data (rarely, on a click); the date never does.
    if (next.data && next.data.places !== prev?.data?.places) adapter.setRecordPlaces(recordPlacesCollection(next.data.places));
    if (next.data && filtered !== sent) {
      adapter.setEvents(filtered);
      sent = filtered;
    }
    if (next.day !== prev?.day || next.mode !== prev?.mode || next.windowMonths !== prev?.windowMonths) {
      adapter.setTime(next.day, selectEndBound(next));
    }
    if ((next.day !== prev?.day || next.data !== prev?.data) && next.data)
      adapter.setCheckpointStatuses(selectCheckpointStatuses(next));
    if (next.selectedId !== prev?.selectedId) adapter.setSelected(next.selectedId);
    const highlights = selectStoryHighlights(next);
    if (highlights !== highlightsSent) {
      adapter.setHighlighted(highlights);
      highlightsSent = highlights;
    }
    if (next.selectedCheckpoint !== prev?.selectedCheckpoint) adapter.setSelectedCheckpoint(next.selectedCheckpoint);
    if (next.layers !== prev?.layers) adapter.setLayers(next.layers);
    if (next.lang !== prev?.lang) adapter.setLanguage(next.lang);
    // The phone's sheet: the map centres what is selected in the part of it left visible, and a
    // camera move asked for in the same update (Zoom to drops the sheet to peek) frames in that part.
    const inset = sheetInset(next.sheetHeights, next.sheetSize);
    const prevInset = prev ? sheetInset(prev.sheetHeights, prev.sheetSize) : 0;
    const selectionMoved = next.selectedId !== prev?.selectedId || next.selectedCheckpoint !== prev?.selectedCheckpoint;
    const cameraMoved = next.camera !== prev?.camera && next.camera !== null;
    if (inset !== prevInset || (selectionMoved && inset > 0) || cameraMoved) {
      const centre = inset > 0 && !cameraMoved && (selectionMoved || prevInset === 0);
      adapter.setInset(coveredBy(inset), centre ? selectionPoint(next) : null, cameraMoved);
    }
    if (cameraMoved && next.camera) adapter.moveTo(next.camera);
    prev = next;
  };
  apply(store.getState());
  return store.subscribe(apply);
}
