/**
 * The measured phases of one dataset: cold loads, the scrub, the frame floor, the naive baseline
 * and playback, in that order, each in pages opened by ./page.mjs.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { englishCutOf, mulberry32, REAL_EVENTS_FILE, writeEventFile } from './generate.mjs';
import { afterLoadTail, checkApp, openApp } from './page.mjs';
import { DIST, ROOT, TMP } from './paths.mjs';
import { sideBySide } from './sideBySide.mjs';
import { countBy, mb, quantile, round, summary } from './statistics.mjs';

export const SEED = 1;
const PLAYBACK_MS = 6000;

/**
 * Mixed scrub sizes (a day, a month, a year) in both directions, bouncing off the slider's ends.
 * Seeded, and relative to the slider's range, so every run and every N replays the same gestures.
 */
export function scrubSequence(count, min, max) {
  const rand = mulberry32(7);
  const sizes = [1, 30, 365];
  let day = Math.round((min + max) / 2);
  const out = [];
  for (let i = 0; i < count; i++) {
    const size = sizes[Math.floor(rand() * sizes.length)];
    let next = day + (rand() < 0.5 ? -size : size);
    if (next < min || next > max) next = day - (next - day);
    day = Math.min(max, Math.max(min, next));
    out.push(day);
  }
  return { start: Math.round((min + max) / 2), steps: out };
}

/**
 * `run` is what the command line asked for: `plan` (datasets, coldLoads(n), scrubSteps, playback),
 * `quick`, `phaseBudgetMs(n)` and `simulateResend`.
 */
export async function benchDataset(browser, base, server, dataset, issues, run) {
  const { plan } = run;
  const t = Date.now();
  let file;
  let n;
  if (dataset === 'real') {
    file = join(DIST, 'data/events.json');
    n = JSON.parse(readFileSync(REAL_EVENTS_FILE, 'utf8')).events.length;
  } else {
    n = dataset;
    file = writeEventFile(n, join(TMP, `events-${n}.json`), { seed: SEED });
  }
  server.eventsFile = file;
  server.englishCut = dataset === 'real' ? null : englishCutOf(file);
  const label = dataset === 'real' ? `real (${n})` : String(n);
  const bytes = statSync(file).size;
  const out = {
    dataset: String(dataset),
    events: n,
    fileMB: mb(bytes),
    fileGzipMB: mb(gzipSync(readFileSync(file), { level: 9 }).length),
  };
  const timeoutMs = 300_000;
  const log = (msg) => console.log(`[${label}] ${msg}`);

  // The app against the bare MapLibre page, in each layout the plan names for this dataset.
  out.sideBySide = [];
  for (const layout of plan.sideBySide(dataset)) {
    out.sideBySide.push(
      await sideBySide(browser, base, layout, {
        loads: plan.floorLoads,
        steps: plan.floorSteps,
        scrubPlan: (range) => scrubSequence(plan.floorSteps, range.min, range.max),
        expectApp: (page) => checkApp(page, n, issues),
        issues,
        log,
        naiveMap: plan.naiveMap(dataset),
      }),
    );
  }
  if (!plan.classic(dataset)) {
    out.wallSeconds = round((Date.now() - t) / 1000, 0);
    return out;
  }

  const cold = [];
  let kept = null;
  const loads = plan.coldLoads(n);
  for (let i = 0; i < loads; i++) {
    const app = await openApp(browser, base, '', n, issues, timeoutMs);
    if (app.readyMs !== null) cold.push(app.readyMs);
    // The last fresh page goes on to the scrub: one more 100k load would cost as much as the scrub itself.
    if (i === loads - 1) kept = app;
    else await app.context.close();
  }
  out.coldLoadMs = { ...summary(cold), median: round(quantile(cold, 0.5)), runs: cold.map((x) => round(x)) };
  log(`cold load median ${out.coldLoadMs.median} ms (${cold.map((x) => Math.round(x)).join(', ')})`);

  const { page } = kept;
  await afterLoadTail(page);
  out.heapAfterLoadMB = round(await page.evaluate(() => window.__bench.heapMB()), 2);
  // What a large record looks like zoomed out (counts per area), for the README; full runs only.
  if (n === 100_000 && !run.quick) {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/bench-100k-events.png') });
  }
  const range = await page.evaluate(() => window.__bench.range());
  const { start, steps } = scrubSequence(plan.scrubSteps, range.min, range.max);
  // Unmeasured: the first move from the default date to mid-range is not a gesture we benchmark.
  await page.evaluate((d) => window.__bench.scrub(d), start);
  if (run.simulateResend) await page.evaluate(() => window.__bench.simulateResend());
  const sendsBefore = await page.evaluate(() => window.__bench.sends());
  const budget = run.phaseBudgetMs(n);
  const scrub = await runSteps(page, 'scrub', steps, log, budget);
  out.scrubSourceSends = (await page.evaluate(() => window.__bench.sends())) - sendsBefore;
  out.heapAfterScrubMB = round(await page.evaluate(() => window.__bench.heapMB()), 2);
  out.heapGrowthMB = round(out.heapAfterScrubMB - out.heapAfterLoadMB, 2);
  out.scrubMs = { ...summary(scrub.map((s) => s.ms)), ends: countBy(scrub.map((s) => s.how)) };
  log(`scrub p50 ${out.scrubMs.p50} p95 ${out.scrubMs.p95} ms ${JSON.stringify(out.scrubMs.ends)}`);

  /*
   * The frame floor: the same steps with every map layer hidden. MapLibre's own render is a few ms;
   * what remains is the browser presenting a frame (SwiftShader compositing, rAF alignment) and the
   * panels' update. No style can make a step cheaper than this, so absolute budgets are read against it.
   */
  await page.evaluate(() => window.__bench.hideAllLayers(true));
  const floor = await runSteps(page, 'scrub', steps, log, budget);
  await page.evaluate(() => window.__bench.hideAllLayers(false));
  out.floorMs = { ...summary(floor.map((s) => s.ms)), ends: countBy(floor.map((s) => s.how)) };
  log(`frame floor (all layers hidden) p50 ${out.floorMs.p50} p95 ${out.floorMs.p95} ms`);

  await page.evaluate(() => window.__bench.prepareNaive());
  const naive = await runSteps(page, 'naive', steps, log, budget);
  out.naiveMs = { ...summary(naive.map((s) => s.ms)), ends: countBy(naive.map((s) => s.how)) };
  out.ratioP50 = round(out.scrubMs.p50 / out.naiveMs.p50, 3);
  out.ratioP95 = round(out.scrubMs.p95 / out.naiveMs.p95, 3);
  log(`naive p50 ${out.naiveMs.p50} p95 ${out.naiveMs.p95} ms; optimized/naive p95 ${out.ratioP95}`);
  await kept.context.close();

  if (plan.playback) {
    const app = await openApp(browser, base, '?date=1992-01-01&speed=year', n, issues, timeoutMs);
    const before = await app.page.evaluate(() => window.__bench.range().value);
    await app.page.getByRole('button', { name: 'Play', exact: true }).click();
    const deltas = await app.page.evaluate((ms) => window.__bench.frameDeltas(ms), PLAYBACK_MS);
    const after = await app.page.evaluate(() => window.__bench.range().value);
    out.playbackFrameMs = { ...summary(deltas), frames: deltas.length, daysAdvanced: after - before };
    log(
      `playback p50 ${out.playbackFrameMs.p50} p95 ${out.playbackFrameMs.p95} ms, ${deltas.length} frames, +${after - before} days`,
    );
    await app.context.close();
  }
  out.wallSeconds = round((Date.now() - t) / 1000, 0);
  return out;
}

/** Steps run in chunks so a slow dataset shows progress and can be cut off at the phase budget. */
async function runSteps(page, method, days, log, budgetMs) {
  const out = [];
  const started = Date.now();
  for (let i = 0; i < days.length; i += 10) {
    const chunk = days.slice(i, i + 10);
    const part = await page.evaluate(
      async ({ method, chunk }) => {
        const r = [];
        for (const d of chunk) r.push(await window.__bench[method](d));
        return r;
      },
      { method, chunk },
    );
    out.push(...part);
    const elapsed = Date.now() - started;
    if (elapsed > budgetMs && out.length < days.length) {
      log(`${method}: stopped after ${out.length} of ${days.length} steps (${Math.round(elapsed / 1000)} s, phase budget)`);
      break;
    }
  }
  return out;
}
