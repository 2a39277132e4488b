/**
 * The shipped record as the app holds it after loading (events timed and sorted, places from the
 * record and the geo layers), read from disk for the search tests. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LABEL_POINTS_FILE, labelPointsFromGeoJson, PLACE_LAYERS, placesFromGeoJson } from '../../../src/data/placeIndex';
import type { PlaceInfo } from '../../../src/model/loadedData';
import { type TimedEvent, toTimedEvents } from '../../../src/model/timedEvent';
import { eventFile, ROOT } from '../data/realData';

const readPublic = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, 'public', file), 'utf8'));

function loadPlaces(): Record<string, PlaceInfo> {
  const labels = labelPointsFromGeoJson(readPublic(LABEL_POINTS_FILE));
  const places: Record<string, PlaceInfo> = {};
  for (const [file, kind] of Object.entries(PLACE_LAYERS)) {
    for (const p of placesFromGeoJson(readPublic(file), kind, labels)) places[p.id] = p;
  }
  for (const p of eventFile.events.length > 0 ? eventFile.places : []) {
    places[p.id] = { id: p.id, name: p.name, kind: 'place', precision: p.precision };
  }
  return places;
}

export const realEvents: TimedEvent[] = toTimedEvents(structuredClone(eventFile.events));
export const realPlaces: Record<string, PlaceInfo> = loadPlaces();
