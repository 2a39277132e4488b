import type { StoreApi } from 'zustand/vanilla';
import { toDayNumber } from '../data/eventInterval';
import { checkpointStatusesAt } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { endLowerBound } from '../state/timeMode';
import type { MapAdapter } from './mapAdapter';

type Adapter = Pick<
  MapAdapter,
  'setEvents' | 'setTime' | 'setSelected' | 'setLayers' | 'setCheckpointStatuses' | 'moveTo' | 'setLanguage'
>;

/**
 * Applies the store to the map now and on every later change, calling the adapter only for the
 * slices that changed (reference equality: the store replaces a slice when it changes it).
 */
export function connectStore(store: StoreApi<AppStore>, adapter: Adapter): () => void {
  let prev: AppState | null = null;
  const apply = (next: AppState) => {
    // Filters change the events source's data (rarely, on a click); the date never does.
    if (next.filtered !== prev?.filtered && next.data) adapter.setEvents(next.filtered);
    if (next.day !== prev?.day || next.mode !== prev?.mode || next.windowMonths !== prev?.windowMonths) {
      adapter.setTime(next.day, endLowerBound(next.day, next.mode, next.windowMonths));
    }
    if ((next.day !== prev?.day || next.data !== prev?.data) && next.data) {
      adapter.setCheckpointStatuses(checkpointStatusesAt(next.data.checkpointStates, next.day, toDayNumber));
    }
    if (next.selectedId !== prev?.selectedId) adapter.setSelected(next.selectedId);
    if (next.layers !== prev?.layers) adapter.setLayers(next.layers);
    if (next.lang !== prev?.lang) adapter.setLanguage(next.lang);
    if (next.camera !== prev?.camera && next.camera) adapter.moveTo(next.camera.center, next.camera.zoom);
    prev = next;
  };
  apply(store.getState());
  return store.subscribe(apply);
}
