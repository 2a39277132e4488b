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
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { mulberry32, REAL_EVENTS_FILE, writeEventFile } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'dist');
const TMP = join(ROOT, 'bench/tmp');
/*
 * Served from a private copy: anyone running `vite build` (the e2e script does) empties dist/ and
 * renames every hashed file, which would turn the rest of a long run into 404s.
 */
const DIST = join(TMP, 'dist');
const QUICK = process.argv.includes('--quick');
const SEED = 1;

const PLAN = QUICK
  ? { datasets: [10_000], coldLoads: () => 3, scrubSteps: 40, playback: false }
  : {
      datasets: datasetsArg() ?? ['real', 1_000, 10_000, 100_000],
      // 100k loads take long enough that five of them would push the run past its time budget.
      coldLoads: (n) => numberArg('--loads') ?? (n === 100_000 ? 3 : 5),
      scrubSteps: numberArg('--steps') ?? 120,
      playback: true,
    };
const PLAYBACK_MS = 6000;

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
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------- browser flags

/*
 * The e2e suite's flags live in TypeScript, which Node 20 cannot import; read them from the source
 * so the bench keeps launching Chromium the way the tests do when that list changes.
 */
function e2eChromiumArgs() {
  const fallback = [
    '--no-sandbox',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
  ];
  try {
    const text = readFileSync(join(ROOT, 'tests/e2e/chromium.ts'), 'utf8');
    const list = text.match(/CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/)?.[1];
    const args = list ? [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
    return args.length > 0 ? args : fallback;
  } catch {
    return fallback;
  }
}

function findChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return chromium.executablePath();
}

// ---------------------------------------------------------------- static server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ but answers data/events.json from whichever file the current dataset points at:
 * swapping it server-side avoids pushing up to ~90 MB through Playwright's route interception.
 */
function startServer() {
  const state = { eventsFile: join(DIST, 'data/events.json') };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Chromium asks for one unprompted; a 404 would read as a console error in the page.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = path.endsWith('/data/events.json') ? state.eventsFile : normalize(join(DIST, path));
    if (!file.startsWith(DIST + sep) && file !== state.eventsFile) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // no-store: a cold load must fetch everything, whatever the context does with its cache.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    // Port 0: the OS picks a free one, so this never collides with the e2e server on 4173.
    server.listen(0, '127.0.0.1', () => ok({ server, state, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// ---------------------------------------------------------------- statistics

function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
const summary = (values) => ({
  n: values.length,
  p50: round(quantile(values, 0.5)),
  p95: round(quantile(values, 0.95)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
});
const mb = (bytes) => round(bytes / 1024 / 1024, 2);

// ---------------------------------------------------------------- in-page helpers

/*
 * Installed into the page once it is ready. `settle` is the one measuring primitive: it starts the
 * clock, performs the change, and stops at the map's next 'idle'. A change that draws nothing
 * (same value, or React decides there is nothing to do) would leave us waiting for an 'idle' that
 * never comes, so if no frame was rendered two frames later the step counts as done.
 */
function installPageHelpers() {
  const map = window.__borderMap;
  const input = document.querySelector('input[type="range"][aria-label="Date"]');
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;

  const settle = (change) =>
    new Promise((resolve) => {
      let renders = 0;
      let done = false;
      const onRender = () => {
        renders++;
      };
      const finish = (how) => {
        if (done) return;
        done = true;
        map.off('render', onRender);
        map.off('idle', onIdle);
        clearTimeout(timer);
        resolve({ ms: performance.now() - t0, how });
      };
      const onIdle = () => finish('idle');
      map.on('render', onRender);
      map.on('idle', onIdle);
      const timer = setTimeout(() => finish('timeout'), 60_000);
      const t0 = performance.now();
      change();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (renders === 0 && map.loaded() && !map.isMoving()) finish('noop');
        }),
      );
    });

  // Same day arithmetic as src/data/eventInterval.ts, re-done here so the baseline needs nothing from the bundle.
  const dayOf = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
  const interval = (e) => {
    const [y, m = 1, d = 1] = e.date.split('-').map(Number);
    const start = dayOf(y, m, d);
    let natural;
    if (e.precision === 'day') natural = start + 1;
    else if (e.precision === 'month') natural = dayOf(y, m + 1, 1);
    else if (e.precision === 'season') natural = dayOf(y, m + 3, 1);
    else natural = dayOf(y + 1, 1, 1);
    if (e.end) {
      const [ey, em, ed] = e.end.split('-').map(Number);
      return { start, end: dayOf(ey, em, ed) + 1 };
    }
    return { start, end: natural };
  };
  // markerRadius(severity(e)) from src/map/eventFeatures.ts and src/state/selectors.ts.
  const radius = (e) => {
    let max = 0;
    for (const f of e.figures) if (f.metric === 'killed' || f.metric === 'injured') max = Math.max(max, f.value);
    return Math.min(18, 6 + Math.sqrt(max) * 0.9);
  };

  /*
   * Counts what the app sends to the events source. Re-sending the data on every step is the
   * regression the quick guard exists for, and a count catches it without any timing noise.
   */
  const source = map.getSource('events');
  let sends = 0;
  for (const method of ['setData', 'updateData']) {
    const original = source[method];
    source[method] = function (...args) {
      sends++;
      return original.apply(this, args);
    };
  }

  let naiveFeatures = [];
  const hiddenBefore = {};
  window.__bench = {
    settle,
    scrub: (value) =>
      settle(() => {
        valueSetter.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    sends: () => sends,
    /** Hides (and later restores) every style layer, untimed: see the frame floor phase. */
    hideAllLayers: (hide) =>
      settle(() => {
        for (const layer of map.getStyle().layers) {
          if (hide) {
            if (!(layer.id in hiddenBefore)) hiddenBefore[layer.id] = map.getLayoutProperty(layer.id, 'visibility') ?? 'visible';
            map.setLayoutProperty(layer.id, 'visibility', 'none');
          } else if (layer.id in hiddenBefore) {
            map.setLayoutProperty(layer.id, 'visibility', hiddenBefore[layer.id]);
          }
        }
        if (!hide) for (const id of Object.keys(hiddenBefore)) delete hiddenBefore[id];
        map.triggerRepaint();
      }),
    /** `--simulate-resend`: the regression the quick guard must catch, to prove that it does. */
    simulateResend: async () => {
      const data = await source.getData();
      input.addEventListener('input', () => source.setData(data));
    },
    range: () => ({ min: Number(input.min), max: Number(input.max), value: Number(input.value) }),
    heapMB: async () => {
      // Two passes: the first can leave objects that only the second frees (weak refs, finalizers).
      window.gc();
      await new Promise((r) => setTimeout(r, 50));
      window.gc();
      return performance.memory.usedJSHeapSize / 1024 / 1024;
    },
    /** The "no global state" design: the filter lets everything through and every step re-sends the data. */
    prepareNaive: async () => {
      const file = await (await fetch('data/events.json', { cache: 'no-store' })).json();
      naiveFeatures = file.events.map((e) => {
        const { start, end } = interval(e);
        return {
          type: 'Feature',
          id: e.id,
          geometry: { type: 'Point', coordinates: [e.location[0], e.location[1]] },
          properties: { id: e.id, start, end, category: e.category, radius: radius(e) },
        };
      });
      return settle(() => {
        // Global state opens any filter that reads the date (the density layer, and the events
        // layers in builds that filter on it); feature-state opens the layers that read `shown`.
        // Both once, untimed: what the baseline times is only the per-step setData.
        map.setGlobalStateProperty('day', 1e9);
        map.setGlobalStateProperty('minEnd', -1e9);
        for (const f of naiveFeatures) map.setFeatureState({ source: 'events', id: f.id }, { shown: true, recent: false });
      });
    },
    naive: (day) =>
      settle(() => {
        map.getSource('events').setData({
          type: 'FeatureCollection',
          features: naiveFeatures.filter((f) => f.properties.start <= day),
        });
      }),
    frameDeltas: (ms) =>
      new Promise((resolve) => {
        const deltas = [];
        let last = performance.now();
        const end = last + ms;
        const frame = (now) => {
          deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else resolve(deltas);
        };
        requestAnimationFrame(frame);
      }),
  };
}

/**
 * Mixed scrub sizes (a day, a month, a year) in both directions, bouncing off the slider's ends.
 * Seeded, and relative to the slider's range, so every run and every N replays the same gestures.
 */
function scrubSequence(count, min, max) {
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

// ---------------------------------------------------------------- page lifecycle

async function openApp(browser, base, query, expectedTotal, { problems, notes }, timeoutMs, fontLog) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.includes('skipped invalid records')) problems.push(`skipped invalid records: ${text.slice(0, 300)}`);
    // Reported, not failed on: only invalid records, page errors and missing events fail the run.
    else if (msg.type() === 'error') notes.push(`console error: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  if (fontLog) page.on('request', (r) => r.url().endsWith('.woff2') && fontLog.add(r.url().split('/').pop()));
  await page.goto(`${base}${query}`, { timeout: timeoutMs });
  await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: timeoutMs });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('border-map-ready')[0]?.startTime ?? null);
  // The app drops invalid records silently apart from the warning: check it really holds all N.
  const scale = (await page.locator('.timeline-scale').textContent()) ?? '';
  if (!scale.replace(/[,\s\u00a0\u202f]/g, '').includes(`of${expectedTotal}events`)) {
    problems.push(`expected ${expectedTotal} events, slider says "${scale.replace(/\s+/g, ' ')}"`);
  }
  await page.evaluate(installPageHelpers);
  return { context, page, readyMs };
}

async function benchDataset(browser, base, server, dataset, issues) {
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
  const fonts = dataset === 'real' ? new Set() : null;

  const cold = [];
  let kept = null;
  const loads = PLAN.coldLoads(n);
  for (let i = 0; i < loads; i++) {
    const app = await openApp(browser, base, '', n, issues, timeoutMs, fonts);
    if (app.readyMs !== null) cold.push(app.readyMs);
    // The last fresh page goes on to the scrub: one more 100k load would cost as much as the scrub itself.
    if (i === loads - 1) kept = app;
    else await app.context.close();
  }
  out.coldLoadMs = { ...summary(cold), median: round(quantile(cold, 0.5)), runs: cold.map((x) => round(x)) };
  log(`cold load median ${out.coldLoadMs.median} ms (${cold.map((x) => Math.round(x)).join(', ')})`);

  const { page } = kept;
  out.heapAfterLoadMB = round(await page.evaluate(() => window.__bench.heapMB()), 2);
  // What a large record looks like zoomed out (counts per area), for the README; full runs only.
  if (n === 100_000 && !QUICK) {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/bench-100k-events.png') });
  }
  const range = await page.evaluate(() => window.__bench.range());
  const { start, steps } = scrubSequence(PLAN.scrubSteps, range.min, range.max);
  // Unmeasured: the first move from the default date to mid-range is not a gesture we benchmark.
  await page.evaluate((d) => window.__bench.scrub(d), start);
  if (process.argv.includes('--simulate-resend')) await page.evaluate(() => window.__bench.simulateResend());
  const sendsBefore = await page.evaluate(() => window.__bench.sends());
  const budget = phaseBudgetMs(n);
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

  if (PLAN.playback) {
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
  if (fonts) out.fontsFetched = [...fonts].sort();
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

function countBy(values) {
  const counts = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------- transfer sizes

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => round(bytes / 1024, 1);

/** What the first visit downloads, gzip -9, split so a change in app code is not lost in vendor noise. */
function transferSizes(fontsFetched) {
  const assets = join(DIST, 'assets');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  // Static imports only (`from"./x.js"` / `import"./x.js"`): dynamic import("./x.js") is lazy.
  const startJs = new Set();
  const visit = (name) => {
    if (startJs.has(name)) return;
    startJs.add(name);
    const code = readFileSync(join(assets, name), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]);
  };
  for (const e of entries) visit(e);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
  const files = readdirSync(assets);
  const isVendor = (name) => /react|maplibre|vendor|zod|zustand|scheduler/i.test(name);
  const row = (dir, name) => ({ file: name, bytes: statSync(join(dir, name)).size, gzip: gz(join(dir, name)) });
  const total = (rows) => rows.reduce((s, r) => s + r.gzip, 0);

  const js = [...startJs].map((n) => row(assets, n));
  const lazyJs = files.filter((f) => f.endsWith('.js') && !startJs.has(f)).map((f) => row(assets, f));
  const worker = files.filter((f) => /maplibre-gl-worker/.test(f)).map((f) => row(assets, f));
  const appChunks = js.filter((r) => !isVendor(r.file));
  const separable = js.some((r) => isVendor(r.file));
  const geoDir = join(DIST, 'geo');
  const geo = readdirSync(geoDir)
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => row(geoDir, f));
  const fonts = files.filter((f) => f.endsWith('.woff2')).map((f) => row(assets, f));
  const fetchedFonts = fonts.filter((f) => fontsFetched?.includes(f.file));
  return {
    startJs: { gzip: total(js), files: js },
    appCodeAlone: separable
      ? { gzip: total(appChunks), files: appChunks.map((r) => r.file) }
      : { gzip: null, note: 'not separable: the build emits a single JS chunk' },
    maplibreWorker: { gzip: total(worker), files: worker },
    lazyJs: { gzip: total(lazyJs), files: lazyJs },
    css: { gzip: total(css.map((n) => row(assets, n))), files: css },
    eventsJson: row(join(DIST, 'data'), 'events.json'),
    geo: { gzip: total(geo), files: geo },
    fontsAll: { gzip: total(fonts), count: fonts.length },
    fontsFetchedAtLoad: fontsFetched ? { gzip: total(fetchedFonts), files: fetchedFonts.map((f) => f.file) } : null,
  };
}

// ---------------------------------------------------------------- report

function markdown(results) {
  const ds = results.datasets;
  const head = `| | ${ds.map((d) => (d.dataset === 'real' ? `real (${d.events})` : d.events.toLocaleString('en'))).join(' | ')} |`;
  const sep = `|---|${ds.map(() => '---:').join('|')}|`;
  const line = (name, f) => `| ${name} | ${ds.map((d) => f(d) ?? '–').join(' | ')} |`;
  // Step counts are shown only where a phase budget cut them short of the plan.
  const pair = (s, planned = results.plan.scrubSteps) =>
    s ? `${s.p50} / ${s.p95}${s.n < planned ? ` (${s.n} steps)` : ''}` : null;
  const lines = [
    `# Benchmark ${results.date}`,
    '',
    `Node ${results.node}, Chromium ${results.chromium} (SwiftShader, headless), ${results.cpus} CPUs, viewport ${VIEWPORT.width}×${VIEWPORT.height}.${results.quick ? ' Quick mode.' : ''}`,
    '',
    head,
    sep,
    line('events.json MB (gzip -9)', (d) => `${d.fileMB} (${d.fileGzipMB})`),
    line(
      'cold load ms: median (min–max) [runs]',
      (d) => `${d.coldLoadMs.median} (${d.coldLoadMs.min}–${d.coldLoadMs.max}) [${d.coldLoadMs.n}]`,
    ),
    line(`scrub ms p50 / p95 (${results.plan.scrubSteps} steps)`, (d) => pair(d.scrubMs)),
    line('frame floor: the same scrub, every map layer hidden, ms p50 / p95', (d) => pair(d.floorMs)),
    line('events source setData calls during scrub', (d) => d.scrubSourceSends),
    line('naive setData ms p50 / p95', (d) => pair(d.naiveMs)),
    line('optimized / naive p50', (d) => d.ratioP50),
    line('optimized / naive p95', (d) => d.ratioP95),
    line('playback frame ms p50 / p95', (d) => pair(d.playbackFrameMs, 0)),
    line('playback days advanced in 6 s', (d) => d.playbackFrameMs?.daysAdvanced),
    line('JS heap after load MB', (d) => d.heapAfterLoadMB),
    line('JS heap after scrub MB (growth)', (d) => `${d.heapAfterScrubMB} (${d.heapGrowthMB >= 0 ? '+' : ''}${d.heapGrowthMB})`),
    line('wall time s', (d) => d.wallSeconds),
  ];
  const tr = results.transfer;
  if (tr) {
    lines.push(
      '',
      '## Transfer (gzip -9 KB)',
      '',
      '| what | KB |',
      '|---|---:|',
      `| JS at start (${tr.startJs.files.map((f) => f.file).join(', ')}) | ${kb(tr.startJs.gzip)} |`,
      `| app code alone (${tr.appCodeAlone.files?.join(', ') ?? tr.appCodeAlone.note}) | ${tr.appCodeAlone.gzip === null ? 'n/a' : kb(tr.appCodeAlone.gzip)} |`,
      `| MapLibre worker (${tr.maplibreWorker.files.map((f) => f.file).join(', ')}) | ${kb(tr.maplibreWorker.gzip)} |`,
      `| lazy JS (${tr.lazyJs.files.map((f) => f.file).join(', ')}) | ${kb(tr.lazyJs.gzip)} |`,
      `| CSS (${tr.css.files.join(', ')}) | ${kb(tr.css.gzip)} |`,
      `| data/events.json | ${kb(tr.eventsJson.gzip)} |`,
      `| geo/*.geojson (${tr.geo.files.length} files) | ${kb(tr.geo.gzip)} |`,
      `| woff2 fonts, all ${tr.fontsAll.count} | ${kb(tr.fontsAll.gzip)} |`,
      tr.fontsFetchedAtLoad
        ? `| woff2 fonts fetched by a cold load (${tr.fontsFetchedAtLoad.files.join(', ')}) | ${kb(tr.fontsFetchedAtLoad.gzip)} |`
        : null,
    );
  }
  if (results.problems.length > 0) lines.push('', '## Problems', '', ...results.problems.map((p) => `- ${p}`));
  if (results.notes.length > 0) lines.push('', '## Notes', '', ...[...new Set(results.notes)].map((p) => `- ${p}`));
  return `${lines.filter((l) => l !== null).join('\n')}\n`;
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(join(BUILD, 'index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm run bench does).');
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILD, DIST, { recursive: true });
  const { server, state, base } = await startServer();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...e2eChromiumArgs(), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const problems = [];
  const notes = [];
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    chromium: browser.version(),
    cpus: (await import('node:os')).cpus().length,
    commit: gitHead(),
    plan: {
      ...PLAN,
      coldLoads: Object.fromEntries(PLAN.datasets.map((d) => [d, PLAN.coldLoads(d)])),
      phaseBudgetMs: Object.fromEntries(PLAN.datasets.map((d) => [d, phaseBudgetMs(d)])),
      seed: SEED,
    },
    datasets: [],
    transfer: null,
    problems,
    notes,
  };
  const started = Date.now();
  try {
    for (const dataset of PLAN.datasets) {
      const before = problems.length;
      const beforeNotes = notes.length;
      try {
        results.datasets.push(await benchDataset(browser, base, state, dataset, { problems, notes }));
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
  if (!QUICK) results.transfer = transferSizes(results.datasets.find((d) => d.dataset === 'real')?.fontsFetched);
  results.wallSeconds = round((Date.now() - started) / 1000, 0);

  const md = markdown(results);
  const outDir = QUICK ? TMP : join(ROOT, 'bench');
  const stem = QUICK ? 'results-quick' : 'results';
  writeFileSync(join(outDir, `${stem}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `${stem}.md`), md);
  console.log(`\n${md}`);
  console.log(`wrote ${join(outDir, stem)}.{json,md} in ${results.wallSeconds} s`);

  let failed = problems.length > 0;
  if (failed) console.error(`FAIL: ${problems.length} problem(s) above (invalid records, page errors or missing events).`);
  if (QUICK) failed = quickGuard(results) || failed;
  process.exit(failed ? 1 : 0);
}

/**
 * Two checks against bench/budgets.json. The send count is exact: any setData on the events
 * source while only the date moves is the regression itself. The time ratio catches slowdowns
 * that do not go through setData; it compares with the naive baseline measured in the same page
 * a minute later, so a slower machine moves both sides and mostly cancels out.
 */
function quickGuard(results) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
  const d = results.datasets[0];
  if (!d) {
    console.error('FAIL: the 10k dataset did not run.');
    return true;
  }
  let failed = false;
  const maxSends = budgets.quickScrubSourceSendsMax ?? 0;
  if (d.scrubSourceSends > maxSends) {
    console.error(
      `FAIL: the app sent data to the events source ${d.scrubSourceSends} times during ${results.plan.scrubSteps} scrub steps ` +
        `(budget ${maxSends}, bench/budgets.json quickScrubSourceSendsMax). Moving the date must never re-send the events source.`,
    );
    failed = true;
  }
  const max = budgets.quickScrubRatioMax;
  if (d.ratioP95 > max) {
    console.error(
      `FAIL: scrub p95 ${d.scrubMs.p95} ms is ${d.ratioP95}× the naive setData p95 ${d.naiveMs.p95} ms at ${d.events} events ` +
        `(budget ≤ ${max}×, bench/budgets.json quickScrubRatioMax). ${failed ? 'The re-sending above explains it.' : 'Something other than setData got slower: profile a slider move at 10k events.'}`,
    );
    failed = true;
  }
  if (!failed)
    console.log(`quick guard OK: scrub/naive p95 ratio ${d.ratioP95} ≤ ${max}; source sends ${d.scrubSourceSends} ≤ ${maxSends}`);
  return failed;
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
