#!/usr/bin/env node
/**
 * Synthetic event files for the benchmark: `node bench/generate.mjs <N> [out.json] [--seed S]`.
 *
 * Every synthetic event is a clone of a real one (round-robin), so each required field, each
 * cited source and each place id stays valid without this script knowing the schema; only the
 * fields the benchmark must control (id, date, location, category) are replaced. The output is a
 * pure function of (N, seed, public/data/events.json), so two runs compare like with like.
 *
 * Texts keep English only: a large record in practice is a research dataset (an ACLED or UCDP
 * export, an import) written in one language, whereas the built-in record carries five. Cloning
 * every translation would double the strings per event and measure a record nobody has.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordForLanguage } from '../scripts/record/languageFile.mjs';
import { CATEGORY_TABLE } from '../src/model/categoryTable.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REAL_EVENTS_FILE = resolve(ROOT, 'public/data/events.json');

// The app's own table, so a synthetic event never carries a category the schema would reject.
const CATEGORIES = CATEGORY_TABLE.map((c) => c.id);

/** `{ en, ru, … }` → `{ en }`, recursively for the event's localized fields. */
function englishOnly(text) {
  return text && typeof text === 'object' && typeof text.en === 'string' ? { en: text.en } : text;
}

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1992, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(2025, 11, 31) / MS_PER_DAY;
const LON = [69.0, 72.5];
const LAT = [39.4, 40.6];

/** Small, fast and good enough for spreading points; what matters is that it is seeded. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(dayNumber) {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Coordinates rounded like hand-entered ones; full doubles would only inflate the file. */
function round5(x) {
  return Math.round(x * 1e5) / 1e5;
}

/** The real file with `events` replaced by `n` synthetic ones; everything else is kept as is. */
export function generateEventFile(n, { seed = 1, real = JSON.parse(readFileSync(REAL_EVENTS_FILE, 'utf8')) } = {}) {
  const rand = mulberry32(seed);
  const templates = real.events;
  const width = String(n).length;
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const template = templates[i % templates.length];
    const { end: _end, outsideRegion: _outside, ...rest } = structuredClone(template);
    const day = FIRST_DAY + Math.floor(rand() * (LAST_DAY - FIRST_DAY + 1));
    events[i] = {
      ...rest,
      title: englishOnly(rest.title),
      summary: englishOnly(rest.summary),
      id: `bench-${String(i).padStart(width, '0')}`,
      date: isoDay(day),
      precision: 'day',
      category: CATEGORIES[i % CATEGORIES.length],
      location: [round5(LON[0] + rand() * (LON[1] - LON[0])), round5(LAT[0] + rand() * (LAT[1] - LAT[0]))],
      // The template's note may describe a capital far away; the schema needs a note for any
      // non-exact pin, so say plainly what this one is.
      locationPrecision: 'inferred',
      locationNote: { en: 'Synthetic benchmark position.' },
      figures: rest.figures
        .filter((f) => rest.sources.includes(f.source))
        .map((f) => (f.label ? { ...f, label: englishOnly(f.label) } : f)),
    };
  }
  if (!real.version) return { ...real, events };
  // The synthetic record is its own first version: the real changelog names the real ids, which this
  // file does not hold, and each event's `updated` must be the day a version added or changed it.
  for (const e of events) e.updated = real.released;
  const changelog = [
    {
      version: real.version,
      released: real.released,
      note: { en: 'Synthetic benchmark record.' },
      added: events.map((e) => e.id),
      changed: [],
      removed: [],
    },
  ];
  return { ...real, events, changelog };
}

/** The English cut a cold load fetches beside the full record (what the app's build emits for the real one). */
export const englishCutOf = (file) => file.replace(/\.json$/, '.en.json');

export function writeEventFile(n, out, opts) {
  mkdirSync(dirname(out), { recursive: true });
  const record = generateEventFile(n, opts);
  writeFileSync(out, JSON.stringify(record));
  writeFileSync(englishCutOf(out), JSON.stringify(recordForLanguage(record, 'en')));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const n = Number(args[0]);
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(seed)) {
    console.error('usage: node bench/generate.mjs <N> [out.json] [--seed S]');
    process.exit(2);
  }
  const out = resolve(args[1] ?? resolve(ROOT, `bench/tmp/events-${n}.json`));
  writeEventFile(n, out, { seed });
  console.log(out);
}
