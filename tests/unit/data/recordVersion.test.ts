/**
 * The shipped record is versioned, and its history is consistent: a reader citing an event, or
 * opening an old link, is told the truth about what changed. The loader reports the same problems
 * as record errors (eventsFile.test.ts requires none); these say them rule by rule.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions, isRecordVersion, lastTouched } from '../../../src/model/recordHistory';
import { eventFile, rawEventFile } from './realData';

const raw = rawEventFile as {
  version?: unknown;
  released?: unknown;
  changelog?: unknown;
  events: { id: string; updated?: unknown }[];
};
const changelog = eventFile.changelog ?? [];
const ids = new Set(eventFile.events.map((e) => e.id));

describe('events.json carries its version', () => {
  it('has a version, a release day and a changelog (not merely allowed by the schema: required here)', () => {
    expect(typeof raw.version === 'string' && isRecordVersion(raw.version), `version ${String(raw.version)}`).toBe(true);
    expect(raw.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(raw.changelog)).toBe(true);
    expect(changelog.length).toBeGreaterThan(0);
    // Nothing was dropped by the loader.
    expect(changelog).toHaveLength((raw.changelog as unknown[]).length);
  });

  it('every event has an `updated` day', () => {
    expect(raw.events.filter((e) => typeof e.updated !== 'string').map((e) => e.id)).toEqual([]);
  });
});

describe('the changelog is consistent', () => {
  it('versions strictly increase and release days never go back', () => {
    changelog.slice(1).forEach((entry, i) => {
      const before = changelog[i];
      if (!before) return;
      expect(compareVersions(entry.version, before.version), `${entry.version} after ${before.version}`).toBeGreaterThan(0);
      expect(entry.released >= before.released, `${entry.version} released ${entry.released}`).toBe(true);
    });
  });

  it('the top-level version and day are the last entry’s', () => {
    const last = changelog[changelog.length - 1];
    expect({ version: eventFile.version, released: eventFile.released }).toEqual({
      version: last?.version,
      released: last?.released,
    });
  });

  it('every event an entry adds or changes exists, unless a later entry removed it; removed ones do not', () => {
    const problems: string[] = [];
    changelog.forEach((entry, i) => {
      const removedLater = new Set(changelog.slice(i + 1).flatMap((e) => e.removed.map((r) => r.id)));
      for (const id of [...entry.added, ...entry.changed.map((c) => c.id)]) {
        if (!ids.has(id) && !removedLater.has(id)) problems.push(`${entry.version} names ${id}, not in the record`);
      }
      for (const r of entry.removed) if (ids.has(r.id)) problems.push(`${entry.version} removes ${r.id}, still in the record`);
    });
    expect(problems).toEqual([]);
  });

  it('no event is in more than one list of an entry, or twice in one', () => {
    for (const entry of changelog) {
      const all = [...entry.added, ...entry.changed.map((c) => c.id), ...entry.removed.map((r) => r.id)];
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        entry.version,
      ).toEqual([]);
    }
  });

  it('every event was added by some version, and its `updated` is the day of the last version that added or changed it', () => {
    const touched = lastTouched(changelog);
    const wrong = eventFile.events
      .filter((e) => e.updated !== touched.get(e.id)?.released)
      .map((e) => `${e.id}: updated ${e.updated ?? '(none)'}, last touched by ${touched.get(e.id)?.version ?? 'no version'}`);
    expect(wrong).toEqual([]);
  });

  it('every entry has an English note', () => {
    for (const entry of changelog) expect(entry.note.en.trim(), entry.version).not.toBe('');
  });
});
