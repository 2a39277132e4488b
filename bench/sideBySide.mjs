/**
 * The app against its floor, a bare MapLibre page (bench/floor/), in the same browser and the
 * same run, alternating, so whatever the machine does to one it does to the other. A ratio to that
 * floor holds on any machine; the milliseconds alone would measure the machine (no GPU here).
 *
 *   cold load: navigation → `border-map-ready` on both pages, fresh context each, app and floor in turn;
 *              with the WebGL programs each page linked and its main-thread long-task time up to ready.
 *   naive map: with `naiveMap`, a third page joins the cold loads: the app's map content alone, written
 *              the naive way (bench/naive-map/). Over the floor it prices the content; the app over it,
 *              the app's own work around that content.
 *   step:      the app's slider step → map idle, against the floor's repaint step (feature-state on its
 *              60 circles + repaint) → idle, in alternating chunks of ten.
 */
import { afterLoadTail, openPage } from './page.mjs';
import { quantile, round, summary } from './statistics.mjs';

export const FLOOR_PATH = 'floor/';
/** The app's own map content on a bare page (bench/naive-map/), served beside the floor. */
export const NAIVE_MAP_PATH = 'naive-map/';

/**
 * The layouts the ratios must hold in: desktop, phone, the compact embed, and a link that opens a
 * built-in story at a step (its stories file is loaded before the link is applied).
 */
export const LAYOUTS = {
  desktop: { viewport: { width: 1280, height: 800 }, query: '' },
  phone: { viewport: { width: 375, height: 667 }, query: '', mobile: true },
  embed: { viewport: { width: 800, height: 600 }, query: '?embed=1' },
  story: { viewport: { width: 1280, height: 800 }, query: '?story=april-2021&step=6' },
};

/*
 * Runs before any page script: counts programs linked and keeps the long tasks. A program is
 * MapLibre's shader pair for one (layer type, data-driven property set), compiled on first draw;
 * under software WebGL each costs tens of milliseconds of main thread.
 */
function countLoadWork() {
  const perf = { programs: 0, frames: 0, longTasks: [] };
  window.__loadWork = perf;
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue;
    const link = C.prototype.linkProgram;
    C.prototype.linkProgram = function (program) {
      perf.programs++;
      return link.call(this, program);
    };
    // MapLibre clears the colour buffer once at the start of each frame it paints.
    const clear = C.prototype.clear;
    C.prototype.clear = function (mask) {
      if (mask & this.COLOR_BUFFER_BIT && !document.documentElement.dataset.mapReady) perf.frames++;
      return clear.call(this, mask);
    };
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: reported as null.
    perf.longTasks = null;
  }
}

async function coldLoad(browser, url, layout, expect, issues) {
  const page = await openPage(browser, url, layout, issues, { initScript: countLoadWork, timeoutMs: 120_000 });
  await expect?.(page.page);
  const load = await page.page.evaluate(() => {
    const ready = performance.getEntriesByName('border-map-ready')[0]?.startTime ?? null;
    const { programs, frames, longTasks } = window.__loadWork;
    // Long-task time up to ready, clipped there: a task that straddles it counts only its share.
    const longTaskMs =
      longTasks === null || ready === null
        ? null
        : longTasks.reduce((sum, [start, duration]) => sum + Math.max(0, Math.min(start + duration, ready) - start), 0);
    return { ready, programs, frames, longTaskMs };
  });
  return { page, load, requested: page.requested };
}

const stat = (xs) => ({ ...summary(xs), median: round(quantile(xs, 0.5)) });

/**
 * `expectApp(page)` checks the app really holds the dataset and installs the bench helpers;
 * `scrubPlan(range)` gives the app's slider values for the step phase from the slider's range.
 */
export async function sideBySide(
  browser,
  base,
  layoutName,
  { loads, steps, scrubPlan, expectApp, issues, log, naiveMap = false },
) {
  const layout = LAYOUTS[layoutName];
  const appUrl = `${base}${layout.query}`;
  const floorUrl = `${base}${FLOOR_PATH}`;
  const naiveMapUrl = `${base}${NAIVE_MAP_PATH}`;
  const app = [];
  const floor = [];
  const naive = [];
  let keptApp = null;
  let keptFloor = null;
  let appRequested = [];
  for (let i = 0; i < loads; i++) {
    // Rotate which goes first, so none always follows another's garbage.
    const pages = naiveMap ? ['app', 'floor', 'naive'] : ['app', 'floor'];
    const order = pages.map((_, k) => pages[(i + k) % pages.length]);
    for (const which of order) {
      if (which === 'naive') {
        const r = await coldLoad(browser, naiveMapUrl, layout, (page) => expectMapContent(page, issues), issues);
        naive.push(r.load);
        await r.page.context.close();
        continue;
      }
      const r =
        which === 'app'
          ? await coldLoad(browser, appUrl, layout, expectApp, issues)
          : await coldLoad(browser, floorUrl, layout, null, issues);
      (which === 'app' ? app : floor).push(r.load);
      if (which === 'app') appRequested = r.requested;
      const last = i === loads - 1;
      if (last && which === 'app') keptApp = r.page;
      else if (last && which === 'floor') keptFloor = r.page;
      else await r.page.context.close();
    }
  }
  const out = {
    layout: layoutName,
    viewport: layout.viewport,
    /** Paths the app's last cold load fetched before its map was ready (its first load). */
    requested: appRequested,
    load: {
      app: stat(app.map((l) => l.ready)),
      floor: stat(floor.map((l) => l.ready)),
      appRuns: app.map((l) => round(l.ready)),
      floorRuns: floor.map((l) => round(l.ready)),
      programs: { app: app[0]?.programs ?? null, floor: floor[0]?.programs ?? null },
      framesToReady: { app: stat(app.map((l) => l.frames)), floor: stat(floor.map((l) => l.frames)) },
      longTaskMs: { app: stat(app.map((l) => l.longTaskMs ?? 0)), floor: stat(floor.map((l) => l.longTaskMs ?? 0)) },
    },
  };
  out.load.ratio = round(out.load.app.median / out.load.floor.median, 2);
  // The spread of the ratio: each app load over the floor load next to it.
  const pairRatios = app.map((a, i) => a.ready / floor[i].ready);
  out.load.ratioSpread = { min: round(Math.min(...pairRatios), 2), max: round(Math.max(...pairRatios), 2) };
  if (naiveMap) {
    const naiveStat = stat(naive.map((l) => l.ready));
    out.load.naiveMap = {
      ...naiveStat,
      runs: naive.map((l) => round(l.ready)),
      programs: naive[0]?.programs ?? null,
      overFloor: round(naiveStat.median / out.load.floor.median, 2),
      appOver: round(out.load.app.median / naiveStat.median, 2),
    };
    log(
      `${layoutName}: the app's map content alone ${naiveStat.median} ms = ${out.load.naiveMap.overFloor}× the floor; ` +
        `the app = ${out.load.naiveMap.appOver}× it`,
    );
  }
  log(
    `${layoutName}: cold load app ${out.load.app.median} ms / floor ${out.load.floor.median} ms = ${out.load.ratio}× ` +
      `(pairs ${out.load.ratioSpread.min}–${out.load.ratioSpread.max}); programs ${out.load.programs.app} vs ${out.load.programs.floor}; ` +
      `frames to ready ${out.load.framesToReady.app.median} vs ${out.load.framesToReady.floor.median}; ` +
      `long tasks ${out.load.longTaskMs.app.median} vs ${out.load.longTaskMs.floor.median} ms`,
  );

  if (steps > 0) {
    await afterLoadTail(keptApp.page);
    const scrubDays = scrubPlan(await keptApp.page.evaluate(() => window.__bench.range()));
    // Unmeasured: the first move from the default date to mid-range is not a gesture we benchmark.
    await keptApp.page.evaluate((d) => window.__bench.scrub(d), scrubDays.start);
    await keptFloor.page.evaluate(installFloorStep);
    const appSteps = [];
    const floorSteps = [];
    const days = scrubDays.steps.slice(0, steps);
    for (let i = 0; i < days.length; i += 10) {
      const chunk = days.slice(i, i + 10);
      appSteps.push(...(await keptApp.page.evaluate(stepAll, { method: 'scrub', chunk })));
      floorSteps.push(...(await keptFloor.page.evaluate(stepAll, { method: 'floor', chunk })));
    }
    const a = appSteps.map((s) => s.ms);
    const f = floorSteps.map((s) => s.ms);
    out.step = { app: summary(a), floor: summary(f) };
    out.step.ratioP95 = round(out.step.app.p95 / out.step.floor.p95, 2);
    out.step.ratioP50 = round(out.step.app.p50 / out.step.floor.p50, 2);
    // Spread: the p95 ratio over each half of the run, to see how much one run's figure moves.
    const half = (xs, k) => xs.slice(k * Math.floor(xs.length / 2), (k + 1) * Math.floor(xs.length / 2));
    const halves = [0, 1].map((k) => quantile(half(a, k), 0.95) / quantile(half(f, k), 0.95));
    out.step.ratioP95Halves = halves.map((x) => round(x, 2));
    log(
      `${layoutName}: step p95 app ${out.step.app.p95} / floor ${out.step.floor.p95} ms = ${out.step.ratioP95}× ` +
        `(halves ${out.step.ratioP95Halves.join(', ')}); p50 ${out.step.app.p50} / ${out.step.floor.p50} = ${out.step.ratioP50}×`,
    );
  }
  await keptApp.context.close();
  await keptFloor.context.close();
  return out;
}

/**
 * The naive-map page drew the app's content: every source it fetched from a file holds features in
 * view. A geo file it could not fetch would make it ready early and the content look cheap.
 */
async function expectMapContent(page, { problems }) {
  const empty = await page.evaluate(() => {
    const map = window.__borderMap;
    return Object.entries(map.getStyle().sources)
      .filter(([, source]) => source.type === 'geojson' && typeof source.data === 'string')
      .filter(([id]) => map.querySourceFeatures(id).length === 0)
      .map(([id]) => id);
  });
  if (empty.length > 0) problems.push(`naive-map page: no features from ${empty.join(', ')}`);
}

/** In the floor page: the same `settle` primitive as the app's helpers, around its repaint step. */
function installFloorStep() {
  const map = window.__borderMap;
  window.__bench = {
    floor: (day) =>
      new Promise((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          map.off('idle', finish);
          resolve({ ms: performance.now() - t0, how: 'idle' });
        };
        map.on('idle', finish);
        const t0 = performance.now();
        window.__floorStep(day);
      }),
  };
}

/** Page-side: run a chunk of steps through `window.__bench[method]`, one after another. */
async function stepAll({ method, chunk }) {
  const r = [];
  for (const d of chunk) r.push(await window.__bench[method](d));
  return r;
}
