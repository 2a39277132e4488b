/**
 * The record's version and changelog as the loader reads them: optional (an older or a third-party
 * file still loads, version unknown), each part checked on its own, and every problem reported as
 * a record error rather than thrown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecordError, parseEventFile, type RecordError } from '../../../src/data/parseEventFile';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';

const FIXTURES = path.resolve(__dirname, '../../fixtures/events');
type Json = Record<string, unknown> & { events: Record<string, unknown>[]; sources: Record<string, Record<string, unknown>> };
const valid = (): Json => JSON.parse(readFileSync(path.join(FIXTURES, 'valid.json'), 'utf8'));

const CLASH = 'valid-clash-2022-09-14';
const VISIT = 'valid-visit-1993-01';

/** The valid fixture with a two-version history that fits its events. */
function versioned(): Json {
  const file = valid();
  file.version = '1.1.0';
  file.released = '2026-02-01';
  file.changelog = [
    { version: '1.0.0', released: '2026-01-01', note: { en: 'First.' }, added: [CLASH, VISIT], changed: [], removed: [] },
    {
      version: '1.1.0',
      released: '2026-02-01',
      note: { en: 'A correction.', ru: 'Исправление.' },
      added: [],
      changed: [{ id: CLASH, fields: ['summary', 'sources'] }],
      removed: [{ id: 'gone-2020-01-01', note: { en: 'A duplicate.' } }],
    },
  ];
  for (const e of file.events) e.updated = e.id === CLASH ? '2026-02-01' : '2026-01-01';
  return file;
}

const messages = (errors: RecordError[]) => errors.map(formatRecordError);

describe('a versioned record', () => {
  it('loads with no errors, keeping version, day and changelog', () => {
    const { data, errors } = parseEventFile(versioned());
    expect(messages(errors)).toEqual([]);
    expect(data.version).toBe('1.1.0');
    expect(data.released).toBe('2026-02-01');
    expect(data.changelog?.map((e) => e.version)).toEqual(['1.0.0', '1.1.0']);
    expect(data.events.find((e) => e.id === CLASH)?.updated).toBe('2026-02-01');
  });

  it('still loads a file with no version at all (version unknown, no errors)', () => {
    const { data, errors } = parseEventFile(valid());
    expect(errors).toEqual([]);
    expect(data.version).toBeUndefined();
    expect(data.changelog).toBeUndefined();
  });

  it('accepts a source marked as a mirror, and only `true`', () => {
    const file = valid();
    (file.sources['src-news'] as Record<string, unknown>).mirror = true;
    expect(parseEventFile(file).data.sources['src-news']?.mirror).toBe(true);
    (file.sources['src-news'] as Record<string, unknown>).mirror = 'yes';
    const { data, errors } = parseEventFile(file);
    expect(errors.some((e) => e.recordId === 'src-news' && e.field === 'mirror')).toBe(true);
    expect(data.sources['src-news']).toBeUndefined();
  });
});

describe('what is reported', () => {
  const expectOne = (file: Json, recordType: string, recordId: string, field: string, pattern: RegExp) => {
    const { errors } = parseEventFile(file);
    const hit = errors.find((e) => e.recordType === recordType && e.recordId === recordId && e.field === field);
    expect(hit, messages(errors).join('\n')).toBeDefined();
    expect(hit?.message).toMatch(pattern);
  };

  it.each(['1.1', 'v1.1.0', '1.1.0-rc1', 7, null])('a version written %j is dropped (unknown)', (version) => {
    const file = versioned();
    file.version = version;
    const { data, errors } = parseEventFile(file);
    expect(data.version).toBeUndefined();
    expect(errors.some((e) => e.recordType === 'version' && e.field === 'version')).toBe(true);
    // The rest of the record is intact.
    expect(data.events).toHaveLength(2);
  });

  it('a release day that is not a real date', () => {
    const file = versioned();
    file.released = '2026-02-30';
    expectOne(file, 'version', 'events.json', 'released', /real date/);
  });

  it('a top-level version that is not the last entry’s', () => {
    const file = versioned();
    file.version = '1.0.0';
    expectOne(file, 'version', 'events.json', 'version', /last changelog entry \(1\.1\.0, 2026-02-01\)/);
  });

  it('a changelog that is not a list costs only the changelog', () => {
    const file = versioned();
    file.changelog = { '1.0.0': {} };
    const { data, errors } = parseEventFile(file);
    expect(messages(errors)).toEqual(['version events.json: changelog — must be a list of versions, oldest first']);
    expect(data.events).toHaveLength(2);
  });

  it('versions that do not rise, and days that go back, skip the entry', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log.push({ ...log[1], version: '1.0.5', released: '2026-03-01' });
    log.push({ ...log[1], version: '1.2.0', released: '2025-12-31' });
    const { data, errors } = parseEventFile(file);
    expect(data.changelog?.map((e) => e.version)).toEqual(['1.0.0', '1.1.0']);
    expect(errors.every((e) => e.kept === undefined)).toBe(true);
    expect(messages(errors)).toEqual(
      expect.arrayContaining([
        'changelog 1.0.5: version — must be greater than 1.1.0, the entry before it',
        'changelog 1.2.0: released — must not be before 2026-02-01, the day of 1.1.0',
      ]),
    );
  });

  it('an event named twice in one entry, or in two of its lists', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log[1] = { ...log[1], added: [VISIT], changed: [{ id: VISIT, fields: ['title'] }] };
    expectOne(file, 'changelog', '1.1.0', 'changed.0', /lists valid-visit-1993-01 again \(already in added\)/);
  });

  it('a field name no event has', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log[1] = { ...log[1], changed: [{ id: CLASH, fields: ['summmary'] }] };
    expectOne(file, 'changelog', '1.1.0', 'changed.0.fields.0', /./);
  });

  it('an entry naming an event the record does not have; a removed event still in the record', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log[1] = { ...log[1], changed: [{ id: 'no-such-event', fields: ['title'] }], removed: [{ id: VISIT, note: { en: 'x' } }] };
    expectOne(file, 'changelog', '1.1.0', 'changed.0', /names event no-such-event/);
    expectOne(file, 'changelog', '1.1.0', 'removed.0', /removes event valid-visit-1993-01, which the record still has/);
  });

  it('an id added by an old version and removed by a later one is no error', () => {
    const file = versioned();
    const log = file.changelog as { added: string[] }[];
    log[0]?.added.push('gone-2020-01-01');
    expect(messages(parseEventFile(file).errors)).toEqual([]);
  });

  it('an event whose `updated` is not the day of the last version that touched it, or is missing', () => {
    const file = versioned();
    const [clash, visit] = file.events;
    if (!clash || !visit) throw new Error('fixture changed');
    clash.updated = '2026-01-01';
    delete visit.updated;
    expectOne(file, 'event', CLASH, 'updated', /must be 2026-02-01, the day of 1\.1\.0/);
    expectOne(file, 'event', VISIT, 'updated', /must be 2026-01-01, the day of 1\.0\.0/);
    // The events are kept: a history problem is reported, never a reason to hide an event (nor counted as skipped).
    const { data, errors } = parseEventFile(file);
    expect(data.events).toHaveLength(2);
    expect(errors.every((e) => e.kept === true)).toBe(true);
  });

  it('an event no version added', () => {
    const file = versioned();
    const log = file.changelog as { added: string[] }[];
    if (log[0]) log[0].added = [CLASH];
    expectOne(file, 'event', VISIT, 'updated', /added by no version/);
  });

  it.each(HOSTILE_STRINGS.map((s) => [s.slice(0, 30), s]))('a hostile note (%j) is kept as plain text', (_, text) => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log[1] = { ...log[1], note: { en: text, ru: text }, removed: [{ id: 'gone-2020-01-01', note: { en: text } }] };
    const { data, errors } = parseEventFile(file);
    expect(messages(errors)).toEqual([]);
    expect(data.changelog?.[1]?.note.en).toBe(text);
    expect(data.changelog?.[1]?.removed[0]?.note.en).toBe(text);
  });

  it('an empty note, or one in a language the map does not have, skips the entry', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log[1] = { ...log[1], note: { en: ' ', fr: 'Correction.' } };
    const { data, errors } = parseEventFile(file);
    expect(data.changelog?.map((e) => e.version)).toEqual(['1.0.0']);
    expect(errors.filter((e) => e.recordId === '1.1.0').map((e) => e.field)).toEqual(
      expect.arrayContaining(['note.en', 'note.fr']),
    );
  });

  it('a hostile version string in an entry is reported with its text, never used', () => {
    const file = versioned();
    const log = file.changelog as Record<string, unknown>[];
    log.push({ ...log[1], version: '<img src=x onerror=alert(1)>' });
    const { data, errors } = parseEventFile(file);
    expect(data.changelog).toHaveLength(2);
    expect(errors.some((e) => e.recordType === 'changelog' && e.field === 'version')).toBe(true);
  });
});
