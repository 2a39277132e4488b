#!/usr/bin/env node
/**
 * Releases the record: `npm run data:release -- <version> --since <git-ref> --note "<English note>"`.
 *
 * Compares public/data/events.json with the file at <git-ref> (the last release's commit), appends
 * (or replaces) the changelog entry for <version> with what was added, changed (field by field) and
 * removed, sets `updated` on those events to today (or --date YYYY-MM-DD), and sets the top-level
 * `version` and `released`. Notes in other languages and removal notes are then written by hand in
 * the file; run `npm run data:changelog` and `npm run data:check` afterwards.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordDiff } from './recordDiff.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = 'public/data/events.json';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const version = process.argv[2];
const since = option('since');
const note = option('note');
const released = option('date') ?? new Date().toISOString().slice(0, 10);
if (!version || !/^\d+\.\d+\.\d+$/.test(version) || !since || !note || !/^\d{4}-\d{2}-\d{2}$/.test(released)) {
  console.error(
    'usage: npm run data:release -- <MAJOR.MINOR.PATCH> --since <git-ref> --note "<English note>" [--date YYYY-MM-DD]',
  );
  process.exit(2);
}

const before = JSON.parse(execFileSync('git', ['show', `${since}:${FILE}`], { cwd: ROOT, encoding: 'utf8' }));
const path = resolve(ROOT, FILE);
const after = JSON.parse(readFileSync(path, 'utf8'));
const { added, changed, removed } = recordDiff(before, after);

const touched = new Set([...added, ...changed.map((c) => c.id)]);
for (const e of after.events) if (touched.has(e.id)) e.updated = released;
const kept = (after.changelog ?? []).filter((entry) => entry.version !== version);
const previous = (after.changelog ?? []).find((entry) => entry.version === version);
after.changelog = [
  ...kept,
  {
    version,
    released,
    // Translations written earlier for this version are kept; the English is the one given.
    note: { ...(previous?.note ?? {}), en: note },
    added,
    changed,
    removed: removed.map((id) => previous?.removed.find((r) => r.id === id) ?? { id, note: { en: 'Removed.' } }),
  },
];
after.version = version;
after.released = released;
writeFileSync(path, `${JSON.stringify(after, null, 2)}\n`);
console.log(
  `${version} (${released}): ${added.length} added, ${changed.length} changed, ${removed.length} removed since ${since}`,
);
