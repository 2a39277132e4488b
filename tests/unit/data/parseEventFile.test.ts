import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecordError, parseEventFile, type RecordError } from '../../../src/data/parseEventFile';

const FIXTURES = path.resolve(__dirname, '../../fixtures/events');
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

/** The two events every fixture shares; a bad fixture must still yield both. */
const VALID_EVENT_IDS = ['valid-clash-2022-09-14', 'valid-visit-1993-01'];

function expectError(errors: RecordError[], recordId: string, field: string): RecordError {
  const hit = errors.find((e) => e.recordId === recordId && e.field === field);
  expect(hit, `expected an error for ${recordId} / ${field}, got:\n${errors.map(formatRecordError).join('\n')}`).toBeDefined();
  return hit as RecordError;
}

describe('parseEventFile on fixtures', () => {
  it('accepts the valid fixture with no errors', () => {
    const { data, errors } = parseEventFile(load('valid.json'));
    expect(errors).toEqual([]);
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
    expect(Object.keys(data.sources)).toEqual(['src-news', 'src-book']);
    expect(data.states.checkpoints['cp-example']).toHaveLength(1);
  });

  it('rejects an event with no source, naming the event and the field', () => {
    const { data, errors } = parseEventFile(load('missing-source.json'));
    expectError(errors, 'bad-missing-source-2022-01-01', 'sources');
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects a date that does not exist (2021-02-30)', () => {
    const { data, errors } = parseEventFile(load('bad-date.json'));
    const err = expectError(errors, 'bad-date-2021-02-30', 'date');
    expect(err.message).toMatch(/real date/);
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects a figure citing a source the event does not list', () => {
    const { data, errors } = parseEventFile(load('figure-unlisted-source.json'));
    const err = expectError(errors, 'bad-figure-source-2022-09-14', 'figures.0.source');
    expect(formatRecordError(err)).toMatch(/^event bad-figure-source-2022-09-14: figures\.0\.source — .*src-book/);
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects an unknown category', () => {
    const { data, errors } = parseEventFile(load('unknown-category.json'));
    expectError(errors, 'bad-category-2022-09-14', 'category');
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects a javascript: URL and drops only that source', () => {
    const { data, errors } = parseEventFile(load('javascript-url.json'));
    const err = expectError(errors, 'src-evil', 'url');
    expect(err.recordType).toBe('source');
    expect(Object.keys(data.sources).sort()).toEqual(['src-book', 'src-news']);
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects a duplicate event id and keeps the first record', () => {
    const { data, errors } = parseEventFile(load('duplicate-id.json'));
    expectError(errors, 'valid-clash-2022-09-14', 'id');
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
    expect(data.events[0]?.title.en).toBe('A valid clash');
  });

  it('rejects an event citing a source id that the file does not define', () => {
    const { data, errors } = parseEventFile(load('unknown-source.json'));
    expectError(errors, 'bad-unknown-source-2022-09-14', 'sources.1');
    expect(data.events.map((e) => e.id)).toEqual(VALID_EVENT_IDS);
  });

  it('rejects a checkpoint interval that overlaps another', () => {
    const { data, errors } = parseEventFile(load('overlapping-states.json'));
    expectError(errors, 'cp-example[1]', 'from');
    expect(data.states.checkpoints['cp-example']).toHaveLength(1);
  });

  it('returns empty data and exactly one error when the outer shape is wrong', () => {
    const { data, errors } = parseEventFile(load('bad-shape.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.recordType).toBe('file');
    expect(errors[0]?.field).toBe('events');
    expect(data.events).toEqual([]);
    expect(data.sources).toEqual({});
    for (const notAFile of [null, 42, 'events', [], { schemaVersion: 2 }]) {
      const r = parseEventFile(notAFile);
      expect(r.errors).toHaveLength(1);
      expect(r.data.events).toEqual([]);
    }
  });

  it('checks place ids when the caller supplies the map feature ids', () => {
    const json = load('valid.json');
    expect(parseEventFile(json, { knownPlaceIds: ['cp-example'] }).errors).toEqual([]);
    const { data, errors } = parseEventFile(json, { knownPlaceIds: [] });
    expectError(errors, 'cp-example', '');
    expect(data.states.checkpoints['cp-example']).toBeUndefined();
  });
});

describe('single-record rules', () => {
  const withEvent = (patch: Record<string, unknown>) => {
    const json = load('valid.json') as { events: Record<string, unknown>[] };
    const first = json.events[0] as Record<string, unknown>;
    json.events[0] = { ...first, ...patch };
    return parseEventFile(json);
  };

  it('requires a location note whenever the pin is not exact', () => {
    const { errors } = withEvent({ locationNote: undefined });
    expectError(errors, 'valid-clash-2022-09-14', 'locationNote');
  });

  it('requires outsideRegion for a pin outside the region box', () => {
    const { errors } = withEvent({ location: [71.4333, 51.1667] });
    expectError(errors, 'valid-clash-2022-09-14', 'location');
    expect(withEvent({ location: [71.4333, 51.1667], outsideRegion: true }).errors).toEqual([]);
  });

  it('requires a label for an "other" figure', () => {
    const fig = { metric: 'other', side: 'total', value: 16, qualifier: 'exact', source: 'src-news' };
    expectError(withEvent({ figures: [fig] }).errors, 'valid-clash-2022-09-14', 'figures.0.label');
    expect(withEvent({ figures: [{ ...fig, label: { en: 'documents signed' } }] }).errors).toEqual([]);
  });

  it('rejects a date written more precisely than its precision, and years outside 1990–2030', () => {
    expectError(withEvent({ precision: 'month', end: undefined }).errors, 'valid-clash-2022-09-14', 'date');
    expectError(withEvent({ date: '1925-09-14' }).errors, 'valid-clash-2022-09-14', 'date');
    expectError(withEvent({ end: '2022-09-13' }).errors, 'valid-clash-2022-09-14', 'end');
  });

  it('names an unknown key instead of ignoring it', () => {
    expectError(withEvent({ sorces: ['src-news'] }).errors, 'valid-clash-2022-09-14', 'sorces');
  });
});
