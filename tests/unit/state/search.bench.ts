/**
 * Cost of the search on the benchmark's synthetic records: `npx vitest bench --run
 * tests/unit/state/search.bench.ts`. The budget: no query (and not the one-off fold either) holds
 * the page up for more than ~100 ms at 10,000 events. The "unique texts" record gives every event
 * its own title and summary, so the fold of shared texts cannot help: the worst case for the
 * one-off build.
 */
import { bench, describe } from 'vitest';
import type { BorderEvent } from '../../../src/model/record';
import { toTimedEvents } from '../../../src/model/timedEvent';
import { buildSearchIndex, rankByScore, searchScores } from '../../../src/state/searchIndex';
import { parseSearch } from '../../../src/state/searchQuery';
import { realPlaces } from './realRecord';

// Imported by a path held in a variable, so the type checker does not take in the plain-JS generator.
const GENERATOR = '../../../bench/generate.mjs';
const { generateEventFile } = (await import(/* @vite-ignore */ GENERATOR)) as {
  generateEventFile: (n: number) => { events: BorderEvent[] };
};

function record(n: number, unique: boolean) {
  const events = generateEventFile(n).events;
  if (unique) {
    for (const e of events) {
      e.title.en = `${e.title.en} ${e.id}`;
      e.summary.en = `${e.summary.en} ${[...e.id].reverse().join('')}`;
    }
  }
  return toTimedEvents(events);
}

const SHORT = { time: 1000, warmupTime: 200, iterations: 3 };
const QUERIES = ['2022', 'treaty 2025', 'Worukh', 'e', 'Vorokh', 'border war of september 2022'];

for (const n of [10_000, 100_000]) {
  describe(`${n.toLocaleString('en')} events`, () => {
    const cloned = record(n, false);
    const unique = record(n, true);
    const index = buildSearchIndex(cloned, realPlaces);
    bench('build the index (synthetic record)', () => void buildSearchIndex(cloned, realPlaces), SHORT);
    bench('build the index (unique texts)', () => void buildSearchIndex(unique, realPlaces), SHORT);
    for (const q of QUERIES) {
      bench(
        `query "${q}": match and rank`,
        () => {
          const scores = searchScores(cloned, index, parseSearch(q));
          if (scores) rankByScore(cloned, scores, () => true);
        },
        SHORT,
      );
    }
  });
}
