#!/usr/bin/env node
/**
 * Writes docs/DATA_CHANGELOG.md from the record's own changelog (public/data/events.json): per
 * version, newest first, its day and note, the events it added (id and English title), changed (id
 * and fields) and removed (id and why). The record is the source of truth; the markdown is for
 * people reading the repository, and a unit test fails when it is out of date.
 *
 *   npm run data:changelog           # rewrite docs/DATA_CHANGELOG.md
 *   node scripts/data-changelog.mjs --check   # exit 1 if it is out of date (CI)
 *
 * Plain Node (no TypeScript loader), so it reads the JSON itself; the loader's schema
 * (src/data/eventSchema.ts) is what validates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EVENTS_JSON = path.join(ROOT, 'public/data/events.json');
export const CHANGELOG_MD = path.join(ROOT, 'docs/DATA_CHANGELOG.md');

/**
 * Record text as inert markdown: one line, with the characters markdown or HTML would act on
 * escaped, so a title such as "<script>" or "[x](javascript:…)" is shown as written.
 * @param {unknown} text
 * @returns {string}
 */
export function markdownText(text) {
  // Only what could start markup mid-line (links, emphasis, code, HTML, entities): a title stays readable as text.
  return String(text ?? '')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>~&]/g, (c) => `\\${c}`)
    .trim();
}

/**
 * @typedef {{ en?: unknown }} Text
 * @typedef {{ version?: unknown, released?: unknown, note?: Text, added?: unknown[], changed?: { id?: unknown, fields?: unknown[] }[], removed?: { id?: unknown, note?: Text }[] }} Entry
 * @typedef {{ version?: unknown, released?: unknown, changelog?: Entry[], events?: { id?: unknown, title?: Text }[] }} Record
 */

/** @param {unknown} id */
const code = (id) => `\`${String(id).replace(/`/g, '')}\``;

/**
 * The markdown for a record (the parsed JSON of events.json).
 * @param {Record} record
 * @returns {string}
 */
export function changelogMarkdown(record) {
  const titles = new Map((record.events ?? []).map((e) => [e.id, e.title?.en]));
  const lines = [
    '# Changelog of the event record',
    '',
    '<!-- Generated from public/data/events.json by `npm run data:changelog`: do not edit by hand. -->',
    '',
    'What each version of `public/data/events.json` added, changed and removed, newest first. The',
    'rules for versions and entries are in [DATA.md](DATA.md#versions).',
    '',
    record.version === undefined
      ? 'The record carries no version.'
      : `Current version: **${markdownText(record.version)}**, released ${markdownText(record.released)}.`,
  ];
  for (const entry of [...(record.changelog ?? [])].reverse()) {
    const added = entry.added ?? [];
    const changed = entry.changed ?? [];
    const removed = entry.removed ?? [];
    lines.push('', `## ${markdownText(entry.version)} — ${markdownText(entry.released)}`, '', markdownText(entry.note?.en));
    lines.push('', `Added ${added.length}, changed ${changed.length}, removed ${removed.length}.`);
    if (added.length > 0) {
      lines.push('', `### Added (${added.length})`, '');
      for (const id of added) {
        const title = titles.get(id);
        lines.push(`- ${code(id)} — ${title === undefined ? '(no longer in the record)' : markdownText(title)}`);
      }
    }
    if (changed.length > 0) {
      lines.push('', `### Changed (${changed.length})`, '');
      for (const c of changed) lines.push(`- ${code(c.id)}: ${(c.fields ?? []).map(markdownText).join(', ')}`);
    }
    if (removed.length > 0) {
      lines.push('', `### Removed (${removed.length})`, '');
      for (const r of removed) lines.push(`- ${code(r.id)} — ${markdownText(r.note?.en)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** @returns {string} */
export function expectedChangelog() {
  return changelogMarkdown(JSON.parse(readFileSync(EVENTS_JSON, 'utf8')));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = expectedChangelog();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(CHANGELOG_MD, 'utf8');
    } catch {
      // A missing file is out of date like any other.
    }
    if (current !== text) {
      console.error('docs/DATA_CHANGELOG.md is out of date: run npm run data:changelog');
      process.exit(1);
    }
    console.log('docs/DATA_CHANGELOG.md is up to date');
  } else {
    writeFileSync(CHANGELOG_MD, text);
    console.log(
      `wrote docs/DATA_CHANGELOG.md (${(JSON.parse(readFileSync(EVENTS_JSON, 'utf8')).changelog ?? []).length} versions)`,
    );
  }
}
