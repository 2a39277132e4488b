/** Loads the shipped dataset and the map's feature ids for the data tests (not a test file itself). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEventFile, type RecordError } from '../../../src/data/parseEventFile';
import type { BorderEvent, EventFile } from '../../../src/model/record';

export const ROOT = path.resolve(__dirname, '../../..');
// EVENTS_FILE lets a contributor validate a draft record (e.g. a merged research fragment) with these same tests.
export const EVENTS_PATH = process.env.EVENTS_FILE
  ? path.resolve(process.env.EVENTS_FILE)
  : path.join(ROOT, 'public/data/events.json');
export const GEO_DIR = path.join(ROOT, 'public/geo');

export const rawEventFile: unknown = JSON.parse(readFileSync(EVENTS_PATH, 'utf8'));
const parsed = parseEventFile(rawEventFile);
export const eventFile: EventFile = parsed.data;
export const parseErrors: RecordError[] = parsed.errors;

export function eventById(id: string): BorderEvent {
  const e = eventFile.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in events.json`);
  return e;
}

/** Feature ids of every public/geo/*.geojson (feature.id, or properties.id as a fallback). */
export function geoFeatureIds(): { files: string[]; ids: Set<string> } {
  const files = existsSync(GEO_DIR) ? readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson')) : [];
  const ids = new Set<string>();
  for (const f of files) {
    const fc = JSON.parse(readFileSync(path.join(GEO_DIR, f), 'utf8')) as {
      features?: { id?: unknown; properties?: { id?: unknown } | null }[];
    };
    for (const feature of fc.features ?? []) {
      const id = feature.id ?? feature.properties?.id;
      if (typeof id === 'string' || typeof id === 'number') ids.add(String(id));
    }
  }
  return { files, ids };
}
