/**
 * Cost of the border context over the committed geo files: `npx vitest bench --run
 * tests/unit/data/borderGeometry.bench.ts`. Points cover the box bench/generate.mjs spreads its
 * synthetic events over, so the numbers match the app's large records.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { borderContextAt, countryAt, distanceToBorderKm, parseBorderGeometry } from '../../../src/data/borderGeometry';
import type { LonLat } from '../../../src/model/record';
import { GEO_DIR } from './realData';

const read = (name: string): unknown => JSON.parse(readFileSync(path.join(GEO_DIR, name), 'utf8'));
const parsed = parseBorderGeometry(read('border.geojson'), read('countries.geojson'));
if (!parsed.ok) throw new Error(`${parsed.file}: ${parsed.reason}`);
const geometry = parsed.geometry;

// A 100 × 100 grid over the box bench/generate.mjs scatters its synthetic events in (69–72.5°E, 39.4–40.6°N).
const POINTS: LonLat[] = Array.from({ length: 10_000 }, (_, i) => [
  69 + ((i % 100) + 0.5) * 0.035,
  39.4 + (Math.floor(i / 100) + 0.5) * 0.012,
]);
let next = 0;
const onePoint = (): LonLat => POINTS[next++ % POINTS.length] as LonLat;

// Each single-point bench runs for a fixed half second; the defaults would spend minutes here.
const SHORT = { time: 500, warmupTime: 100 };

describe('border context', () => {
  bench(
    'parse both files (once, at load)',
    () => {
      parseBorderGeometry(read('border.geojson'), read('countries.geojson'));
    },
    SHORT,
  );
  bench(
    'one point: side + distance (on demand, per selection)',
    () => {
      borderContextAt(geometry, onePoint());
    },
    SHORT,
  );
  bench(
    'one point: side only',
    () => {
      countryAt(geometry, onePoint());
    },
    SHORT,
  );
  bench(
    'one point: distance only',
    () => {
      distanceToBorderKm(geometry, onePoint());
    },
    SHORT,
  );
  bench(
    '10,000 points: side + distance (all at load)',
    () => {
      for (const p of POINTS) borderContextAt(geometry, p);
    },
    // Seconds per run: one run, no warm-up, or the bench takes minutes.
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
