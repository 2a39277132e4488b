/**
 * docs/DATA_CHANGELOG.md is generated from the record: this fails when the committed file is not
 * what `npm run data:changelog` would write now (after the record's changelog changed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGELOG_MD, changelogMarkdown, expectedChangelog, markdownText } from '../../../scripts/data-changelog.mjs';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';

describe('docs/DATA_CHANGELOG.md', () => {
  it('is what npm run data:changelog writes from public/data/events.json (run it after changing the changelog)', () => {
    expect(readFileSync(CHANGELOG_MD, 'utf8')).toBe(expectedChangelog());
  });
});

describe('changelogMarkdown', () => {
  const record = {
    version: '1.1.0',
    released: '2026-02-01',
    events: [
      { id: 'a', title: { en: 'Event A' } },
      { id: 'b', title: { en: 'Event *B* [x](javascript:alert(1))' } },
    ],
    changelog: [
      { version: '1.0.0', released: '2026-01-01', note: { en: 'First.' }, added: ['a', 'gone'], changed: [], removed: [] },
      {
        version: '1.1.0',
        released: '2026-02-01',
        note: { en: 'Second.' },
        added: ['b'],
        changed: [{ id: 'a', fields: ['summary', 'sources'] }],
        removed: [{ id: 'gone', note: { en: 'A duplicate of a.' } }],
      },
    ],
  };
  const md = changelogMarkdown(record);

  it('lists versions newest first, each with its day, note, added (with titles), changed (with fields) and removed', () => {
    expect(md.indexOf('## 1.1.0 — 2026-02-01')).toBeLessThan(md.indexOf('## 1.0.0 — 2026-01-01'));
    expect(md).toContain('Current version: **1.1.0**, released 2026-02-01.');
    expect(md).toContain('- `a`: summary, sources');
    expect(md).toContain('- `gone` — A duplicate of a.');
    expect(md).toContain('- `a` — Event A');
    // An event added once and removed later has no title left to show.
    expect(md).toContain('- `gone` — (no longer in the record)');
    expect(md).toContain('Added 1, changed 1, removed 1.');
  });

  it('writes record text inert: no link, emphasis or HTML can come from a title or a note', () => {
    expect(md).toContain('Event \\*B\\* \\[x\\](javascript:alert(1))');
    for (const text of HOSTILE_STRINGS) {
      const out = markdownText(text);
      expect(out).not.toMatch(/(^|[^\\])[<>[\]`*_]/);
      expect(out).not.toMatch(/[\r\n]/);
    }
  });

  it('says so when the record has no version', () => {
    expect(changelogMarkdown({ events: [] })).toContain('The record carries no version.');
  });
});
