import { statusLanes } from '../model/crossingStatus';
import { firstLoadFile } from '../model/geoOverview';
import type { Lang } from '../model/languages';
import type { LoadedData, PlaceInfo } from '../model/loadedData';
import type { LonLat } from '../model/record';
import { RECORD_FILE, recordFileFor } from '../model/recordFiles';
import { timeExtent, toTimedEvents } from '../model/timedEvent';
import { FileLoadError, fetchJson } from './fetchJson';
import { internShortStrings } from './internStrings';
import { formatRecordError, parseEventFile } from './parseEventFile';
import { LABEL_POINTS_FILE, labelPointsFromGeoJson, PLACE_LAYERS, placesFromGeoJson } from './placeIndex';

let placeNames: Promise<PlaceInfo[]> | undefined;

/** Once per page: the full record, fetched after a cut of it, names the same places. */
function loadPlaceNames(): Promise<PlaceInfo[]> {
  placeNames ??= fetchPlaceNames();
  return placeNames;
}

async function fetchPlaceNames(): Promise<PlaceInfo[]> {
  // Place names are a nicety for the details panel: a missing layer only means ids are shown
  // (and a missing labels layer only that areas get no marker of their own).
  const labels = fetchJson(LABEL_POINTS_FILE).then(labelPointsFromGeoJson, () => new Map<string, LonLat>());
  // The overview holds the same features and names as the full file (areas are placed at their
  // label point, never by their outline), and it is the copy the map's first picture fetches too.
  const results = await Promise.allSettled(
    Object.entries(PLACE_LAYERS).map(async ([path, kind]) =>
      placesFromGeoJson(await fetchJson(firstLoadFile(path)), kind, await labels),
    ),
  );
  return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
}

export type LoadResult =
  | { ok: true; data: LoadedData; skippedRecords: number }
  | { ok: false; error: { file: string; reason: string } };

/**
 * The record cut to `lang` (scripts/record/languageFile.mjs), or the full one when no language is
 * given or the cut cannot be had (a server that does not carry it: the full record always serves).
 */
async function fetchRecord(lang: Lang | undefined): Promise<unknown> {
  if (lang === undefined) return fetchJson(RECORD_FILE);
  try {
    return await fetchJson(recordFileFor(lang));
  } catch {
    return fetchJson(RECORD_FILE);
  }
}

/**
 * Loads and validates the event record, and computes once what every view reads: event intervals,
 * the slider's extent and the status history of the border and each crossing. Never throws.
 * With `lang`, only that language's texts (and English) are fetched: what a cold load needs.
 */
export async function loadRecord(lang?: Lang): Promise<LoadResult> {
  try {
    const [json, geoPlaces] = await Promise.all([fetchRecord(lang), loadPlaceNames()]);
    // The fetched JSON is ours alone: its repeated codes and dates become one copy each.
    const { data, errors } = parseEventFile(internShortStrings(json));
    if (errors.length > 0) console.warn(`${RECORD_FILE}: skipped invalid records\n${errors.map(formatRecordError).join('\n')}`);
    const places: Record<string, PlaceInfo> = {};
    for (const p of geoPlaces) places[p.id] = p;
    for (const p of data.places)
      places[p.id] = {
        id: p.id,
        name: p.name,
        kind: 'place',
        precision: p.precision,
        ...(p.location ? { location: p.location } : {}),
      };
    const events = toTimedEvents(data.events);
    const loaded: LoadedData = {
      events,
      sources: data.sources,
      places,
      statusLanes: statusLanes(data.states.border, data.states.checkpoints),
      extent: timeExtent(events),
      // A version without its day (or the reverse) is no version a reader can cite: unknown.
      ...(data.version && data.released
        ? { history: { version: data.version, released: data.released, changelog: data.changelog ?? [] } }
        : {}),
      ...(data.languages ? { languages: data.languages } : {}),
    };
    // A problem of the version history alone keeps its record: the banner counts only what is missing.
    return { ok: true, data: loaded, skippedRecords: errors.filter((e) => !e.kept).length };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof FileLoadError
          ? { file: error.file, reason: error.reason }
          : { file: RECORD_FILE, reason: String(error) },
    };
  }
}
