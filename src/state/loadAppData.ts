import { fromDayNumber, toDayNumber } from '../data/eventInterval';
import { FileLoadError, fetchJson } from '../data/fetchJson';
import { formatRecordError, parseEventFile } from '../data/parseEventFile';
import { PLACE_LAYERS, type PlaceInfo, placesFromGeoJson } from '../data/placeIndex';
import { timeExtent } from './selectors';
import type { AppStore, LoadedData } from './store';
import { toTimedEvents } from './timedEvent';

export const EVENTS_FILE = 'data/events.json';

async function loadPlaceNames(): Promise<PlaceInfo[]> {
  // Place names are a nicety for the details panel: a missing layer only means ids are shown.
  const results = await Promise.allSettled(
    Object.entries(PLACE_LAYERS).map(async ([path, kind]) => placesFromGeoJson(await fetchJson(path), kind)),
  );
  return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
}

/** Loads and validates the event record, then hands it to the store; never throws. */
export async function loadAppData(store: Pick<AppStore, 'setData' | 'setLoadError'>): Promise<void> {
  try {
    const [json, geoPlaces] = await Promise.all([fetchJson(EVENTS_FILE), loadPlaceNames()]);
    const { data, errors } = parseEventFile(json);
    if (errors.length > 0) console.warn(`${EVENTS_FILE}: skipped invalid records\n${errors.map(formatRecordError).join('\n')}`);
    const places: Record<string, PlaceInfo> = {};
    for (const p of geoPlaces) places[p.id] = p;
    for (const p of data.places) places[p.id] = { id: p.id, name: p.name, kind: 'place', precision: p.precision };
    const events = toTimedEvents(data.events);
    const loaded: LoadedData = {
      events,
      sources: data.sources,
      places,
      borderStates: data.states.border,
      checkpointStates: data.states.checkpoints,
      extent: timeExtent(events, toDayNumber, fromDayNumber),
    };
    store.setData(loaded, errors.length);
  } catch (error) {
    store.setLoadError(
      error instanceof FileLoadError ? { file: error.file, reason: error.reason } : { file: EVENTS_FILE, reason: String(error) },
    );
  }
}
