import { IMPORT_FIELDS, type Problem, type RowError } from '../model/importedFile';
import { type BuiltEvents, buildImportedEvents, type ImportContext, type RawRecord } from './buildImportedEvents';
import { guessMapping } from './columnMapping';
import { MAX_REPORTED_ERRORS } from './importTypes';

/** A file the import cannot read at all (as opposed to single bad features, which are row errors). */
export class ImportFileError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.value ? `${problem.code}: ${problem.value}` : problem.code);
  }
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // String(1e-7) is "1e-7", which no spreadsheet-style number parser accepts.
    return Number.isFinite(value) && Math.abs(value) < 1e15 ? value.toFixed(10).replace(/\.?0+$/, '') : 'NaN';
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Rec = { row: number; record: RawRecord } | RowError;

function featureRecord(feature: unknown, row: number): Rec {
  if (!isObject(feature) || feature.type !== 'Feature') return { row, field: 'feature', code: 'notFeature' };
  const geometry = feature.geometry;
  if (!isObject(geometry) || geometry.type !== 'Point') {
    const kind = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : 'missing';
    return { row, field: 'geometry', code: 'notPoint', value: kind.slice(0, 40) };
  }
  const coords = geometry.coordinates;
  if (!Array.isArray(coords) || coords.length < 2) return { row, field: 'geometry', code: 'noCoordinates' };
  const props = isObject(feature.properties) ? feature.properties : {};
  const keys = Object.keys(props);
  const mapping = guessMapping(keys);
  const record: RawRecord = { longitude: asText(coords[0]) ?? '', latitude: asText(coords[1]) ?? '' };
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    if (index === undefined || field === 'latitude' || field === 'longitude') continue;
    const key = keys[index] as string;
    const text = asText(props[key]);
    if (text === undefined) return { row, field: key.slice(0, 60), code: 'notText' };
    record[field] = text;
  }
  return { row, record };
}

/**
 * A GeoJSON FeatureCollection of points whose properties name a date (date / event_date), a title,
 * a category and optionally fatalities, notes and source. Feature n is reported as row n.
 */
export function importGeoJson(json: unknown, ctx: Omit<ImportContext, 'dayOrder'>): BuiltEvents {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportFileError({ code: 'notFeatureCollection' });
  }
  const early: RowError[] = [];
  const records: { row: number; record: RawRecord }[] = [];
  json.features.forEach((feature, i) => {
    const rec = featureRecord(feature, i + 1);
    if ('record' in rec) records.push(rec);
    else early.push(rec);
  });
  const built = buildImportedEvents(records, { ...ctx, dayOrder: 'unknown' });
  const errors = [...early, ...built.errors].sort((a, b) => a.row - b.row);
  return { ...built, errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: built.errorCount + early.length };
}
