#!/usr/bin/env node
/**
 * In-browser benchmark of the built app (`npm run bench` builds first; this script never does).
 *
 *   node bench/run.mjs           full run: real data, 1k, 10k, 100k events → bench/results.{json,md}
 *   node bench/run.mjs --quick   10k only, as a regression guard against bench/budgets.json
 *
 * Flags for working on the bench itself: --datasets real,1000  --loads N  --steps N
 * --phase-budget MS  --simulate-resend (re-send the events on every scrub step, to see the guard fail).
 *
 * Everything is measured on the page's own clock (performance.now / marks), so Playwright's
 * round trips never land inside a figure.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { quickGuard } from './guard.mjs';
import { BUILD, DIST, ROOT } from './paths.mjs';
import { benchDataset, SEED } from './phases.mjs';
import { writeResults } from './report.mjs';
import { startServer } from './server.mjs';
import { FLOOR_PATH, NAIVE_MAP_PATH } from './sideBySide.mjs';
import { round } from './statistics.mjs';
import { transferSizes } from './transfer.mjs';

const QUICK = process.argv.includes('--quick');

/*
 * `sideBySide(dataset)`: the layouts in which the app is measured against the bare MapLibre page
 * (bench/sideBySide.mjs); `classic(dataset)`: whether the older phases (cold loads alone, scrub,
 * frame floor, naive baseline, playback) run too. The quick run keeps what CI guards.
 */
const PLAN = QUICK
  ? {
      datasets: ['real', 10_000],
      sideBySide: (d) => (d === 'real' ? ['desktop'] : ['desktop']),
      classic: (d) => d === 10_000,
      naiveMap: (d) => d === 'real',
      floorLoads: 5,
      floorSteps: 60,
      coldLoads: () => 1,
      scrubSteps: 40,
      playback: false,
    }
  : {
      datasets: datasetsArg() ?? ['real', 1_000, 10_000, 100_000],
      sideBySide: (d) => (d === 'real' ? ['desktop', 'phone', 'embed', 'story'] : d === 10_000 ? ['desktop'] : []),
      classic: () => !process.argv.includes('--floor-only'),
      // The app's map content alone: it does not change with the record's size.
      naiveMap: (d) => d === 'real',
      floorLoads: numberArg('--floor-loads') ?? 7,
      floorSteps: numberArg('--floor-steps') ?? 100,
      // 100k loads take long enough that five of them would push the run past its time budget.
      coldLoads: (n) => numberArg('--loads') ?? (n === 100_000 ? 3 : 5),
      scrubSteps: numberArg('--steps') ?? 120,
      playback: true,
    };

function numberArg(name) {
  const at = process.argv.indexOf(name);
  return at < 0 ? null : Number(process.argv[at + 1]);
}

/*
 * Each measured phase (scrub, map-only, naive) stops taking new steps after this long, so one
 * pathological dataset cannot hold the whole run hostage; how many steps ran is reported.
 */
const phaseBudgetMs = (n) => numberArg('--phase-budget') ?? (n >= 100_000 ? 60_000 : 150_000);

/** `--datasets real,1000`: a subset, for working on the bench itself; the published numbers use all four. */
function datasetsArg() {
  const at = process.argv.indexOf('--datasets');
  if (at < 0) return null;
  return process.argv[at + 1].split(',').map((d) => (d === 'real' ? d : Number(d)));
}

async function main() {
  if (!existsSync(join(BUILD, 'index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm run bench does).');
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILD, DIST, { recursive: true });
  await buildFloor();
  const { server, state, base } = await startServer();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const problems = [];
  const notes = [];
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    chromium: browser.version(),
    cpus: cpus().length,
    commit: gitHead(),
    plan: {
      ...PLAN,
      coldLoads: Object.fromEntries(PLAN.datasets.map((d) => [d, PLAN.coldLoads(d)])),
      sideBySide: Object.fromEntries(PLAN.datasets.map((d) => [d, PLAN.sideBySide(d)])),
      classic: Object.fromEntries(PLAN.datasets.map((d) => [d, PLAN.classic(d)])),
      naiveMap: Object.fromEntries(PLAN.datasets.map((d) => [d, PLAN.naiveMap(d)])),
      phaseBudgetMs: Object.fromEntries(PLAN.datasets.map((d) => [d, phaseBudgetMs(d)])),
      seed: SEED,
    },
    datasets: [],
    transfer: null,
    problems,
    notes,
  };
  const run = { plan: PLAN, quick: QUICK, phaseBudgetMs, simulateResend: process.argv.includes('--simulate-resend') };
  const started = Date.now();
  try {
    for (const dataset of PLAN.datasets) {
      const before = problems.length;
      const beforeNotes = notes.length;
      try {
        results.datasets.push(await benchDataset(browser, base, state, dataset, { problems, notes }, run));
      } catch (err) {
        problems.push(`${dataset}: ${err.message.split('\n')[0]}`);
      }
      for (const p of problems.slice(before)) console.warn(`[${dataset}] PROBLEM ${p}`);
      for (const p of notes.slice(beforeNotes)) console.warn(`[${dataset}] note: ${p}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const real = results.datasets.find((d) => d.dataset === 'real');
  results.transfer = transferSizes(real?.sideBySide?.find((s) => s.layout === 'desktop')?.requested);
  results.wallSeconds = round((Date.now() - started) / 1000, 0);

  writeResults(results);

  let failed = problems.length > 0;
  if (failed) console.error(`FAIL: ${problems.length} problem(s) above (invalid records, page errors or missing events).`);
  if (QUICK) failed = quickGuard(results) || failed;
  process.exit(failed ? 1 : 0);
}

/**
 * The bare MapLibre page (bench/floor/) and the app's map content on one (bench/naive-map/), built by
 * Vite as the app is, served beside it at /floor/ and /naive-map/.
 */
async function buildFloor() {
  const { build } = await import('vite');
  const configFile = join(ROOT, 'bench/floor/vite.config.mjs');
  await build({ configFile, build: { outDir: join(DIST, FLOOR_PATH) } });
  await build({ configFile, root: join(ROOT, 'bench/naive-map'), build: { outDir: join(DIST, NAIVE_MAP_PATH) } });
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
