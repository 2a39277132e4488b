#!/usr/bin/env node
/**
 * Lists what each language still lacks: interface keys missing or empty in src/i18n/messages.<lang>.ts
 * (compared with messages.en.ts), and event texts missing in public/data/events.json (titles in every
 * language, summaries in en and ru). Exits 1 when an interface key is missing, so CI can use it.
 *
 *   npm run i18n:missing              # the repo
 *   node scripts/i18n-missing.mjs DIR # another checkout (DIR holds src/ and public/)
 *
 * Plain Node (no TypeScript loader): the message files are read as text. Their shape is fixed by
 * the `Messages` type: one `'key': 'text'` entry per key, text on the same or the next line. The
 * category and metric names sit in src/i18n/names.<lang>.ts (spread into the messages) and count too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const LANGS = ['ru', 'ky', 'tg', 'uz'];
const ENTRY = /^\s*'([\w.-]+)':\s*(?:\r?\n\s*)?(['"`])((?:\\.|(?!\2)[^\\])*)\2/gm;

function messages(lang) {
  const names = path.join(root, `src/i18n/names.${lang}.ts`);
  const text =
    readFileSync(path.join(root, `src/i18n/messages.${lang}.ts`), 'utf8') +
    (existsSync(names) ? `\n${readFileSync(names, 'utf8')}` : '');
  return new Map([...text.matchAll(ENTRY)].map((m) => [m[1], m[3]]));
}

const en = messages('en');
console.log(`en: ${en.size} interface keys`);
let missingKeys = 0;
for (const lang of LANGS) {
  let own;
  try {
    own = messages(lang);
  } catch {
    console.log(`${lang}: no file src/i18n/messages.${lang}.ts (${en.size} keys missing)`);
    missingKeys += en.size;
    continue;
  }
  const missing = [...en.keys()].filter((k) => !own.has(k) || own.get(k).trim() === '');
  missingKeys += missing.length;
  console.log(`${lang}: ${missing.length === 0 ? 'all interface keys present' : `${missing.length} missing or empty:`}`);
  for (const k of missing) console.log(`  ${k}  (en: ${en.get(k)})`);
}

const events = JSON.parse(readFileSync(path.join(root, 'public/data/events.json'), 'utf8')).events ?? [];
for (const lang of ['en', ...LANGS]) {
  const titles = events.filter((e) => !e.title?.[lang]).map((e) => e.id);
  const summaries = ['en', 'ru'].includes(lang) ? events.filter((e) => !e.summary?.[lang]).map((e) => e.id) : [];
  const more = events.filter((e) => !e.summary?.[lang]).length;
  console.log(
    `${lang}: events without a title: ${titles.length}${titles.length ? ` (${titles.join(', ')})` : ''}; ` +
      `without a summary: ${more}${summaries.length ? ` (required: ${summaries.join(', ')})` : ''}`,
  );
}
process.exitCode = missingKeys > 0 ? 1 : 0;
