import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/**
 * The quick run's checks against bench/budgets.json. Exact ones first: no re-send of the events
 * source while only the date moves, and the WebGL programs and frames a cold load costs (counts,
 * not times, so no noise). Then ratios, each measured in the same browser and run as what it is
 * compared with, so a slower machine moves both sides: the app's cold load and slider step against
 * the bare MapLibre page (bench/sideBySide.mjs), the cold load against the app's own map content on
 * a bare page (bench/naive-map/), and the step against the naive re-send at 10,000.
 * Returns true when something failed.
 */
export function quickGuard(results) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
  const failures = [];
  const passes = [];
  const check = (ok, pass, fail) => (ok ? passes.push(pass) : failures.push(fail));
  const byDataset = (name) => results.datasets.find((d) => d.dataset === name);

  const big = byDataset('10000');
  if (!big) failures.push('the 10,000-event dataset did not run.');
  else {
    const max = budgets.quickScrubSourceSendsMax;
    check(
      big.scrubSourceSends <= max,
      `source sends during the scrub ${big.scrubSourceSends} ≤ ${max}`,
      `the app sent data to the events source ${big.scrubSourceSends} times during ${big.scrubMs.n} scrub steps (budget ${max}, quickScrubSourceSendsMax). Moving the date must never re-send the events source.`,
    );
    check(
      big.ratioP95 <= budgets.quickScrubRatioMax,
      `scrub/naive p95 at 10,000 ${big.ratioP95} ≤ ${budgets.quickScrubRatioMax}`,
      `scrub p95 ${big.scrubMs.p95} ms is ${big.ratioP95}× the naive setData p95 ${big.naiveMs.p95} ms at 10,000 events (budget ≤ ${budgets.quickScrubRatioMax}×, quickScrubRatioMax): profile a slider move at 10k events.`,
    );
  }

  for (const d of results.datasets) {
    for (const s of d.sideBySide ?? []) {
      const where = `${d.dataset === 'real' ? `real record (${d.events})` : `${d.events} events`}, ${s.layout}`;
      const { load, step } = s;
      check(
        load.programs.app <= budgets.programsMax,
        `${where}: ${load.programs.app} WebGL programs ≤ ${budgets.programsMax}`,
        `${where}: a cold load linked ${load.programs.app} WebGL programs (budget ${budgets.programsMax}, programsMax). A layer whose data-driven paint properties differ from its type's shared set needs a program of its own: see src/map/style/sharedPrograms.ts.`,
      );
      check(
        load.framesToReady.app.median <= budgets.framesToReadyMax,
        `${where}: ${load.framesToReady.app.median} frames painted before ready ≤ ${budgets.framesToReadyMax}`,
        `${where}: the map painted ${load.framesToReady.app.median} frames before it was ready (budget ${budgets.framesToReadyMax}, framesToReadyMax): is the first paint still held (src/map/firstPaint.ts)?`,
      );
      if (load.naiveMap) {
        check(
          load.naiveMap.appOver <= budgets.appOverMapContentMax,
          `${where}: cold load ${load.naiveMap.appOver}× the app's map content alone ≤ ${budgets.appOverMapContentMax}`,
          `${where}: cold load ${load.app.median} ms is ${load.naiveMap.appOver}× the ${load.naiveMap.median} ms of the app's own map content on a bare page (budget ≤ ${budgets.appOverMapContentMax}×, appOverMapContentMax): the app's work around its map got slower. Profile a cold load (docs/ARCHITECTURE.md, "Why a cold load is quick", says what was measured and how).`,
        );
      }
      if (d.dataset === 'real') {
        check(
          load.ratio <= budgets.loadRatioMax,
          `${where}: cold load ${load.ratio}× the bare page ≤ ${budgets.loadRatioMax}`,
          `${where}: cold load ${load.app.median} ms is ${load.ratio}× the bare MapLibre page's ${load.floor.median} ms (budget ≤ ${budgets.loadRatioMax}×, loadRatioMax). Profile a cold load (docs/ARCHITECTURE.md, "Why a cold load is quick", says what was measured and how).`,
        );
      }
      if (step) {
        check(
          step.ratioP95 <= budgets.stepRatioMax,
          `${where}: step p95 ${step.ratioP95}× the bare repaint ≤ ${budgets.stepRatioMax}`,
          `${where}: a slider step's p95 ${step.app.p95} ms is ${step.ratioP95}× the bare page's repaint step ${step.floor.p95} ms (budget ≤ ${budgets.stepRatioMax}×, stepRatioMax).`,
        );
      }
    }
  }
  const data = results.transfer?.firstLoadData;
  if (!data || data.files.length === 0)
    failures.push("no first-load data was recorded: did the real record's desktop cold load run?");
  else {
    const kb = Math.round(data.gzip / 1024);
    check(
      kb <= budgets.firstLoadDataKBMax,
      `first load's data ${kb} KB gzip ≤ ${budgets.firstLoadDataKBMax} KB`,
      `the first load fetched ${kb} KB gzip of data before the map was ready (budget ${budgets.firstLoadDataKBMax} KB, firstLoadDataKBMax): ${data.files.map((f) => `${f.file} ${Math.round(f.gzip / 1024)} KB`).join(', ')}.`,
    );
  }
  for (const p of passes) console.log(`quick guard OK: ${p}`);
  for (const f of failures) console.error(`FAIL: ${f}`);
  return failures.length > 0;
}
