import { describe, expect, it } from 'vitest';
import type { ChangelogEntry } from '../../../src/model/record';
import {
  changesSince,
  compareVersions,
  isRecordVersion,
  lastTouched,
  type RecordHistory,
} from '../../../src/model/recordHistory';
import { changelogEntry } from '../../helpers/changelogEntry';

const entry = changelogEntry;

/** Four versions: a first release, a correction, an addition with corrections, a removal. */
const changelog: ChangelogEntry[] = [
  entry('1.0.0', '2026-01-01', { added: ['a', 'b', 'c', 'd'] }),
  entry('1.0.1', '2026-02-01', { changed: [{ id: 'a', fields: ['sources'] }] }),
  entry('1.1.0', '2026-03-01', {
    added: ['e', 'f'],
    changed: [
      { id: 'a', fields: ['summary'] },
      { id: 'b', fields: ['title', 'date'] },
    ],
  }),
  entry('2.0.0', '2026-04-01', {
    changed: [{ id: 'e', fields: ['summary'] }],
    removed: [
      { id: 'c', note: { en: 'A duplicate of b.' } },
      { id: 'f', note: { en: 'Could not be confirmed.' } },
    ],
  }),
];
const history: RecordHistory = { version: '2.0.0', released: '2026-04-01', changelog };

describe('versions', () => {
  it.each(['1.0.0', '0.9.12', '10.20.30'])('%s is a version', (v) => expect(isRecordVersion(v)).toBe(true));
  it.each(['1.0', '1.0.0.0', 'v1.0.0', '01.0.0', '1.0.0-beta', ' 1.0.0', '', '1.0.x', '9999999.0.0', '<b>1</b>'])(
    '%j is not',
    (v) => expect(isRecordVersion(v)).toBe(false),
  );

  it('orders by major, then minor, then patch, as numbers (1.10.0 after 1.9.0)', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.1', '1.1.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
  });
});

describe('changesSince', () => {
  it('says nothing changed since the current version', () => {
    expect(changesSince(history, '2.0.0')).toEqual({ kind: 'same' });
  });

  it('unions the fields of every later correction, and keeps each id in one list', () => {
    expect(changesSince(history, '1.0.0')).toEqual({
      kind: 'changes',
      since: '1.0.0',
      // e was added and corrected after 1.0.0: its reader never saw it, so it is only new.
      added: ['e'],
      changed: [
        { id: 'a', fields: ['summary', 'sources'] },
        { id: 'b', fields: ['date', 'title'] },
      ],
      // f was added and removed after 1.0.0: nothing to say; c existed then and is gone.
      removed: [{ id: 'c', note: { en: 'A duplicate of b.' } }],
    });
  });

  it('counts only the versions after the one given', () => {
    const since = changesSince(history, '1.1.0');
    expect(since).toMatchObject({ kind: 'changes', added: [], changed: [{ id: 'e', fields: ['summary'] }] });
    if (since.kind !== 'changes') throw new Error('expected changes');
    expect(since.removed.map((r) => r.id)).toEqual(['c', 'f']);
  });

  it('writes fields in the record’s order, whatever order the entries name them in', () => {
    const since = changesSince(history, '1.0.1');
    expect(since.kind === 'changes' && since.changed).toEqual([
      { id: 'a', fields: ['summary'] },
      { id: 'b', fields: ['date', 'title'] },
    ]);
  });

  it('knows a newer version from one it does not list', () => {
    expect(changesSince(history, '2.0.1')).toEqual({ kind: 'newer' });
    expect(changesSince(history, '3.0.0')).toEqual({ kind: 'newer' });
    expect(changesSince(history, '0.9.0')).toEqual({ kind: 'unknown' });
    expect(changesSince(history, '1.0.5')).toEqual({ kind: 'unknown' });
  });

  it.each(['garbage', '', '1.0', '__proto__', '<script>alert(1)</script>', 'x'.repeat(20_000)])(
    'answers "unknown" for %j, never throws',
    (v) => expect(changesSince(history, v)).toEqual({ kind: 'unknown' }),
  );

  it('answers "unknown" for a record without a version', () => {
    expect(changesSince(undefined, '1.0.0')).toEqual({ kind: 'unknown' });
    expect(changesSince(null, '1.0.0')).toEqual({ kind: 'unknown' });
  });

  it('ignores entries after the record’s own version (a history longer than the version)', () => {
    const ahead = { ...history, version: '1.0.1', released: '2026-02-01' };
    expect(changesSince(ahead, '1.0.0')).toEqual({
      kind: 'changes',
      since: '1.0.0',
      added: [],
      changed: [{ id: 'a', fields: ['sources'] }],
      removed: [],
    });
  });
});

describe('lastTouched', () => {
  it('maps each event to the last version that added or changed it; removed ones to none', () => {
    const touched = lastTouched(changelog);
    expect(Object.fromEntries([...touched].map(([id, e]) => [id, e.version]))).toEqual({
      a: '1.1.0',
      b: '1.1.0',
      d: '1.0.0',
      e: '2.0.0',
    });
  });
});
