import type { ChangelogEntry } from '../../src/model/record';

/** A changelog entry for tests: empty lists and a plain note unless the test says otherwise. */
export function changelogEntry(version: string, released: string, parts: Partial<ChangelogEntry> = {}): ChangelogEntry {
  return { version, released, note: { en: `Note of ${version}.` }, added: [], changed: [], removed: [], ...parts };
}
