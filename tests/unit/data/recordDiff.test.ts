/** The release step's diff: every correction of an event or of a source it cites is listed. */
import { describe, expect, it } from 'vitest';
import { recordDiff } from '../../../scripts/record/recordDiff.mjs';

const ev = (id: string, over: Record<string, unknown> = {}) => ({ id, title: { en: id }, sources: ['s'], ...over });

describe('recordDiff', () => {
  it('lists added, removed and changed events with the fields that changed', () => {
    const before = { events: [ev('a'), ev('b'), ev('gone')], sources: { s: { title: 'T' } } };
    const after = {
      events: [ev('a'), ev('b', { title: { en: 'B, corrected' }, end: '2021-05-01' }), ev('new')],
      sources: { s: { title: 'T' } },
    };
    expect(recordDiff(before, after)).toEqual({
      added: ['new'],
      changed: [{ id: 'b', fields: ['end', 'title'] }],
      removed: ['gone'],
    });
  });

  it('counts a corrected headline of a cited source as a change of the events citing it', () => {
    const before = {
      events: [ev('a'), ev('b', { sources: ['t'] })],
      sources: { s: { title: 'Report on x' }, t: { title: 'T' } },
    };
    const after = { ...before, sources: { s: { title: 'The real headline' }, t: { title: 'T' } } };
    expect(recordDiff(before, after).changed).toEqual([{ id: 'a', fields: ['sources'] }]);
  });

  it('ignores the `updated` bookkeeping itself', () => {
    const before = { events: [ev('a', { updated: '2026-12-01' })], sources: { s: {} } };
    const after = { events: [ev('a', { updated: '2026-12-02' })], sources: { s: {} } };
    expect(recordDiff(before, after).changed).toEqual([]);
  });
});
