/**
 * The record's versions: reading a version string, ordering versions, and what changed after one.
 * A shared link carries the version it was made with (`v=`), so a reader opening it later can be
 * told which of the events on screen were added or corrected since: the answer comes from the
 * changelog alone, never from comparing texts.
 */
import {
  type ChangelogEntry,
  EVENT_FIELDS,
  type EventChange,
  type EventField,
  RECORD_VERSION_PATTERN,
  type RemovedEvent,
} from './record';

/** The record's version as the app holds it: the top-level version and day, and every entry up to it. */
export interface RecordHistory {
  version: string;
  /** YYYY-MM-DD. */
  released: string;
  /** Oldest first; empty for a file that carries a version but no changelog. */
  changelog: readonly ChangelogEntry[];
}

export function isRecordVersion(text: string): boolean {
  return RECORD_VERSION_PATTERN.test(text);
}

/** Negative when a is older than b, 0 when equal, positive when newer. Both must be versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What changed after a version, up to the record's own. Each id is in at most one list. */
export interface RecordChanges {
  kind: 'changes';
  since: string;
  /** Events that did not exist at `since`, in changelog order. */
  added: string[];
  /** Events that existed at `since` and were corrected since, with every field any later version named. */
  changed: EventChange[];
  /** Events that existed at `since` and are no longer in the record. */
  removed: RemovedEvent[];
}

/**
 * `same`: the link was made with this version. `newer`: with a version this record has not reached
 * (an older copy of the map). `unknown`: not a version this record's history lists (or no history,
 * or not a version at all), so nothing can be said about what changed.
 */
export type ChangesSince = { kind: 'same' } | { kind: 'newer' } | { kind: 'unknown' } | RecordChanges;

/** Fields in the order the record writes them, so "summary, sources" reads the same every time. */
function inFieldOrder(fields: ReadonlySet<EventField>): EventField[] {
  return EVENT_FIELDS.filter((f) => fields.has(f));
}

export function changesSince(history: RecordHistory | null | undefined, since: string): ChangesSince {
  if (!history || !isRecordVersion(since) || !isRecordVersion(history.version)) return { kind: 'unknown' };
  const order = compareVersions(since, history.version);
  if (order === 0) return { kind: 'same' };
  if (order > 0) return { kind: 'newer' };
  if (!history.changelog.some((e) => e.version === since)) return { kind: 'unknown' };

  const added = new Set<string>();
  const changed = new Map<string, Set<EventField>>();
  const removed = new Map<string, RemovedEvent>();
  const later = history.changelog.filter(
    (e) => compareVersions(e.version, since) > 0 && compareVersions(e.version, history.version) <= 0,
  );
  for (const entry of later) {
    for (const id of entry.added) {
      removed.delete(id);
      added.add(id);
    }
    for (const { id, fields } of entry.changed) {
      // An event added after the link is new to its reader, whatever was corrected in it since.
      if (added.has(id)) continue;
      const known = changed.get(id) ?? new Set<EventField>();
      for (const f of fields) known.add(f);
      changed.set(id, known);
    }
    for (const r of entry.removed) {
      changed.delete(r.id);
      // Added and removed again after the link: its reader never saw it, and nobody sees it now.
      if (added.delete(r.id)) continue;
      removed.set(r.id, r);
    }
  }
  return {
    kind: 'changes',
    since,
    added: [...added],
    changed: [...changed].map(([id, fields]) => ({ id, fields: inFieldOrder(fields) })),
    removed: [...removed.values()],
  };
}

/** For each event a version added or changed, the last such version's entry (removed events have none). */
export function lastTouched(changelog: readonly ChangelogEntry[]): Map<string, ChangelogEntry> {
  const touched = new Map<string, ChangelogEntry>();
  for (const entry of changelog) {
    for (const id of entry.added) touched.set(id, entry);
    for (const c of entry.changed) touched.set(c.id, entry);
    for (const r of entry.removed) touched.delete(r.id);
  }
  return touched;
}
