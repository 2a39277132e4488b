/**
 * Validation entry point for public/data/events.json.
 *
 * The app must survive a bad record: each source, place, event and state interval is validated on
 * its own, and one that fails is skipped and reported rather than taking the whole file down. Only
 * a file whose outer shape is wrong (not an object, missing `events`, wrong schemaVersion…) yields
 * empty data, with a single error.
 *
 * Checks that need more than one record are done here, after each record passed its own schema:
 * cited source ids must exist, ids must be unique, a checkpoint's status intervals must not overlap,
 * and (when the caller knows the map's feature ids) every place id must resolve. The version and
 * its changelog are checked against each other and the events (see `parseHistory`).
 */

import { toDayNumber } from '../model/days';
import type { Lang } from '../model/languages';
import {
  type BorderEvent,
  type ChangelogEntry,
  type EventFile,
  ID_PATTERN,
  SCHEMA_VERSION,
  type Source,
  type StateInterval,
} from '../model/record';
import { compareVersions, lastTouched } from '../model/recordHistory';
import {
  BorderEventSchema,
  ChangelogEntrySchema,
  EventFileSchema,
  IsoDaySchema,
  PlaceSchema,
  RecordVersionSchema,
  SourceSchema,
  StateIntervalSchema,
} from './eventSchema';
import { z } from './zod';

/** `version`: the file's own version and release day; `changelog`: one entry of its history. */
export type RecordType = 'file' | 'version' | 'changelog' | 'source' | 'place' | 'event' | 'state';

export interface RecordError {
  recordType: RecordType;
  /** The record's id, or its position (e.g. "events[3]") when it has no usable id. */
  recordId: string;
  /** Dotted path inside the record, e.g. "figures.0.source"; empty for the record as a whole. */
  field: string;
  message: string;
  /**
   * The record was kept all the same: the problem makes the version history less exact (an entry
   * naming a missing event, a wrong `updated`), never what the map shows, so it is not counted as skipped.
   */
  kept?: true;
}

export interface ParseOptions {
  /**
   * Feature ids of public/geo/*.geojson. When given, an event place or a checkpoint key that is
   * neither one of these nor in `places` is an error. Omit it to skip that check.
   */
  knownPlaceIds?: Iterable<string>;
}

export interface ParseResult {
  data: EventFile;
  errors: RecordError[];
}

/** "event kyrgyz-tajik-clash-2022-09-14: figures.0.source — cites …" */
export function formatRecordError(e: RecordError): string {
  return `${e.recordType} ${e.recordId}: ${e.field === '' ? '(record)' : e.field} — ${e.message}`;
}

export function emptyEventFile(): EventFile {
  return { schemaVersion: SCHEMA_VERSION, sources: {}, places: [], events: [], states: { border: [], checkpoints: {} } };
}

/**
 * Validates each record of a list against its schema and keeps those that pass, skipping any whose
 * id an earlier kept record already has and any that `check` (rules needing other records) faults.
 * Every record skipped is reported, so one bad record never costs the others.
 */
function keepUnique<T extends { id: string }>(
  list: unknown[],
  recordType: 'place' | 'event',
  schema: z.ZodType<T>,
  errors: RecordError[],
  check: (record: T, recordId: string) => RecordError[],
): T[] {
  const kept: T[] = [];
  const ids = new Set<string>();
  list.forEach((value, i) => {
    const recordId = idOf(value, `${recordType}s[${i}]`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      errors.push(...issuesToErrors(recordType, recordId, parsed.error));
      return;
    }
    const problems: RecordError[] = ids.has(parsed.data.id)
      ? [{ recordType, recordId, field: 'id', message: `duplicate ${recordType} id; later record skipped` }]
      : [];
    problems.push(...check(parsed.data, recordId));
    if (problems.length > 0) {
      errors.push(...problems);
      return;
    }
    ids.add(parsed.data.id);
    kept.push(parsed.data);
  });
  return kept;
}

/** Outer shape only; records inside are checked one by one below. */
const FileShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  // Optional: an older or a third-party file has no version, and a bad one costs only the version.
  version: z.unknown().optional(),
  released: z.unknown().optional(),
  changelog: z.unknown().optional(),
  languages: z.unknown().optional(),
  sources: z.record(z.string(), z.unknown()),
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  states: z.strictObject({
    border: z.array(z.unknown()),
    checkpoints: z.record(z.string(), z.array(z.unknown())),
  }),
});

function pathOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  // An unknown key is reported on the object holding it; name the key itself instead.
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(issue.keys.join(','));
  return path.join('.');
}

function issuesToErrors(recordType: RecordType, recordId: string, error: z.ZodError): RecordError[] {
  return error.issues.map((issue) => ({ recordType, recordId, field: pathOf(issue), message: issue.message }));
}

function idOf(raw: unknown, fallback: string): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return fallback;
}

type History = Pick<EventFile, 'version' | 'released' | 'changelog'>;

/**
 * The version, its day and the changelog. A bad version or day is dropped (the version is then
 * unknown); a bad entry, or one that does not come after the entry before it, is skipped. Entries
 * naming events that do not exist, a version that is not the last entry's, and an event whose
 * `updated` is not the day the changelog last touched it are reported and kept: they make the
 * history less exact, never the map unusable.
 */
function parseHistory(
  raw: { version?: unknown; released?: unknown; changelog?: unknown },
  events: readonly BorderEvent[],
  errors: RecordError[],
): History {
  const history: History = {};
  const fileError = (field: string, message: string, kept?: true) =>
    errors.push({ recordType: 'version', recordId: 'events.json', field, message, ...(kept ? { kept } : {}) });
  for (const [field, schema] of [
    ['version', RecordVersionSchema],
    ['released', IsoDaySchema],
  ] as const) {
    if (raw[field] === undefined) continue;
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) history[field] = parsed.data;
    else fileError(field, parsed.error.issues[0]?.message ?? 'invalid');
  }
  if (raw.changelog === undefined) return history;
  if (!Array.isArray(raw.changelog)) {
    fileError('changelog', 'must be a list of versions, oldest first');
    return history;
  }

  const changelog: ChangelogEntry[] = [];
  raw.changelog.forEach((value, i) => {
    const version = (value as { version?: unknown } | null)?.version;
    const recordId = typeof version === 'string' && version.length > 0 ? version : `changelog[${i}]`;
    const parsed = ChangelogEntrySchema.safeParse(value);
    if (!parsed.success) {
      errors.push(...issuesToErrors('changelog', recordId, parsed.error));
      return;
    }
    const entry = parsed.data;
    const before = changelog[changelog.length - 1];
    if (before && compareVersions(entry.version, before.version) <= 0) {
      errors.push({
        recordType: 'changelog',
        recordId,
        field: 'version',
        message: `must be greater than ${before.version}, the entry before it`,
      });
      return;
    }
    if (before && entry.released < before.released) {
      errors.push({
        recordType: 'changelog',
        recordId,
        field: 'released',
        message: `must not be before ${before.released}, the day of ${before.version}`,
      });
      return;
    }
    changelog.push(entry);
  });
  history.changelog = changelog;

  const last = changelog[changelog.length - 1];
  if (last && (history.version !== last.version || history.released !== last.released)) {
    fileError(
      'version',
      `version and released must be those of the last changelog entry (${last.version}, ${last.released})`,
      true,
    );
  }

  // An id a version added or changed must still exist, unless a later version removed it.
  const ids = new Set(events.map((e) => e.id));
  changelog.forEach((entry, i) => {
    const removedLater = new Set(changelog.slice(i + 1).flatMap((e) => e.removed.map((r) => r.id)));
    const addedLater = new Set(changelog.slice(i + 1).flatMap((e) => e.added));
    const named = (list: string, id: string, j: number) => {
      if (!ids.has(id) && !removedLater.has(id)) {
        errors.push({
          recordType: 'changelog',
          recordId: entry.version,
          field: `${list}.${j}`,
          message: `names event ${id}, which the record does not have`,
          kept: true,
        });
      }
    };
    entry.added.forEach((id, j) => {
      named('added', id, j);
    });
    entry.changed.forEach((c, j) => {
      named('changed', c.id, j);
    });
    entry.removed.forEach((r, j) => {
      if (ids.has(r.id) && !addedLater.has(r.id)) {
        errors.push({
          recordType: 'changelog',
          recordId: entry.version,
          field: `removed.${j}`,
          message: `removes event ${r.id}, which the record still has`,
          kept: true,
        });
      }
    });
  });

  // `updated` is the day of the last version that added or changed the event: a citer reads it as "what I saw".
  if (changelog.length === 0) return history;
  const touched = lastTouched(changelog);
  for (const e of events) {
    const entry = touched.get(e.id);
    const message = !entry
      ? 'the event is added by no version of the changelog'
      : e.updated !== entry.released
        ? `must be ${entry.released}, the day of ${entry.version}, the last version that added or changed it`
        : null;
    if (message) errors.push({ recordType: 'event', recordId: e.id, field: 'updated', message, kept: true });
  }
  return history;
}

function overlaps(a: StateInterval, b: StateInterval): boolean {
  const end = (s: StateInterval) => (s.to === undefined ? Number.POSITIVE_INFINITY : toDayNumber(s.to));
  return toDayNumber(a.from) < end(b) && toDayNumber(b.from) < end(a);
}

/**
 * A cut's list of kept languages. A bad one costs only itself: the file is then taken for the full
 * record, which at worst leaves a translation showing in English until the full record is fetched.
 */
function parseLanguages(value: unknown, errors: RecordError[]): Lang[] | undefined {
  if (value === undefined) return undefined;
  const parsed = EventFileSchema.shape.languages.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push(...issuesToErrors('file', 'languages', parsed.error).map((e) => ({ ...e, kept: true as const })));
  return undefined;
}

export function parseEventFile(json: unknown, options: ParseOptions = {}): ParseResult {
  const shape = FileShape.safeParse(json);
  if (!shape.success) {
    const first = shape.error.issues[0];
    const more = shape.error.issues.length - 1;
    const message = `${first?.message ?? 'invalid file'}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`;
    return {
      data: emptyEventFile(),
      errors: [{ recordType: 'file', recordId: 'events.json', field: first ? pathOf(first) : '', message }],
    };
  }
  const raw = shape.data;
  const errors: RecordError[] = [];

  // Sources: keyed by id, so duplicates cannot occur; the key itself must be a valid id.
  const sources: Record<string, Source> = {};
  for (const [id, value] of Object.entries(raw.sources)) {
    if (!ID_PATTERN.test(id)) {
      errors.push({ recordType: 'source', recordId: id, field: '', message: 'source id must be kebab-case' });
      continue;
    }
    const parsed = SourceSchema.safeParse(value);
    if (parsed.success) sources[id] = parsed.data;
    else errors.push(...issuesToErrors('source', id, parsed.error));
  }

  const places = keepUnique(raw.places, 'place', PlaceSchema, errors, () => []);
  const placeIds = new Set(places.map((p) => p.id));

  const resolvable = options.knownPlaceIds ? new Set([...options.knownPlaceIds, ...placeIds]) : null;

  const events = keepUnique(raw.events, 'event', BorderEventSchema, errors, (e, recordId) => {
    const problems: RecordError[] = [];
    e.sources.forEach((s, j) => {
      if (!(s in sources))
        problems.push({ recordType: 'event', recordId, field: `sources.${j}`, message: `unknown source ${s}` });
    });
    e.places.forEach((p, j) => {
      if (resolvable && !resolvable.has(p)) {
        problems.push({ recordType: 'event', recordId, field: `places.${j}`, message: `unknown place ${p}` });
      }
    });
    return problems;
  });

  /** Validates one list of intervals; drops invalid ones and any that overlap an earlier kept one. */
  const parseIntervals = (list: unknown[], owner: string): StateInterval[] => {
    const kept: StateInterval[] = [];
    list.forEach((value, i) => {
      const recordId = `${owner}[${i}]`;
      const parsed = StateIntervalSchema.safeParse(value);
      if (!parsed.success) {
        errors.push(...issuesToErrors('state', recordId, parsed.error));
        return;
      }
      const s = parsed.data;
      const missing = s.sources.findIndex((id) => !(id in sources));
      if (missing >= 0) {
        errors.push({
          recordType: 'state',
          recordId,
          field: `sources.${missing}`,
          message: `unknown source ${s.sources[missing]}`,
        });
        return;
      }
      const clash = kept.find((k) => overlaps(k, s));
      if (clash) {
        errors.push({ recordType: 'state', recordId, field: 'from', message: `overlaps the interval from ${clash.from}` });
        return;
      }
      kept.push(s);
    });
    return kept.sort((a, b) => a.from.localeCompare(b.from));
  };

  const border = parseIntervals(raw.states.border, 'border');
  const checkpoints: Record<string, StateInterval[]> = {};
  for (const [cp, list] of Object.entries(raw.states.checkpoints)) {
    if (!ID_PATTERN.test(cp) || (resolvable && !resolvable.has(cp))) {
      errors.push({ recordType: 'state', recordId: cp, field: '', message: `unknown checkpoint id ${cp}` });
      continue;
    }
    checkpoints[cp] = parseIntervals(list, cp);
  }

  const history = parseHistory(raw, events, errors);
  const languages = parseLanguages(raw.languages, errors);
  return {
    data: {
      schemaVersion: SCHEMA_VERSION,
      ...history,
      ...(languages ? { languages } : {}),
      sources,
      places,
      events,
      states: { border, checkpoints },
    },
    errors,
  };
}
