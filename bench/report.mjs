/** bench/results.{json,md}, or bench/tmp/results-quick.{json,md} for a quick run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORT } from './page.mjs';
import { ROOT, TMP } from './paths.mjs';
import { kb } from './statistics.mjs';

/** The app against the bare MapLibre page (bench/sideBySide.mjs), one row per dataset and layout. */
function sideBySideTable(results) {
  const rows = results.datasets.flatMap((d) => (d.sideBySide ?? []).map((s) => ({ d, s })));
  if (rows.length === 0) return [];
  const label = (d) => (d.dataset === 'real' ? `real (${d.events})` : d.events.toLocaleString('en'));
  const step = (s) =>
    s.step
      ? `${s.step.app.p95} / ${s.step.floor.p95} = **${s.step.ratioP95}×** (halves ${s.step.ratioP95Halves.join(', ')}; p50 ${s.step.ratioP50}×)`
      : '–';
  return [
    '',
    '## Against a bare MapLibre page, same browser, alternating',
    '',
    'Floor: bench/floor/, the same maplibre-gl built by Vite, one polygon and 60 circles, no text; its step is a',
    'feature-state change on the 60 circles and a repaint. Ratios are app ÷ floor.',
    '',
    '| events | layout | cold load ms, median: app / floor = ratio (pairs min–max) | WebGL programs app / floor | frames painted to ready, median app / floor | long tasks to ready ms, median app / floor | step → idle ms p95: app / floor = ratio |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ d, s }) =>
        `| ${label(d)} | ${s.layout} ${s.viewport.width}×${s.viewport.height} | ${s.load.app.median} / ${s.load.floor.median} = **${s.load.ratio}×** (${s.load.ratioSpread.min}–${s.load.ratioSpread.max}) [${s.load.app.n}+${s.load.floor.n}] | ${s.load.programs.app} / ${s.load.programs.floor} | ${s.load.framesToReady?.app.median ?? '–'} / ${s.load.framesToReady?.floor.median ?? '–'} | ${s.load.longTaskMs.app.median} / ${s.load.longTaskMs.floor.median} | ${step(s)} |`,
    ),
    ...naiveMapTable(rows),
  ];
}

/** The app's map content alone on a bare page (bench/naive-map/), where the run measured it. */
function naiveMapTable(rows) {
  const measured = rows.filter(({ s }) => s.load.naiveMap);
  if (measured.length === 0) return [];
  return [
    '',
    "### The app's map content alone, on a bare page",
    '',
    "bench/naive-map/: the floor's 60 circles on top of every geo source and label layer of the app's own style",
    '(English, the full outline files), on a plain MapLibre map with its defaults and nothing of the app around it.',
    'Measured in the same rotation as the two pages above.',
    '',
    '| layout | cold load ms, median: map content alone / floor = ratio | WebGL programs | app / map content alone |',
    '|---|---|---|---|',
    ...measured.map(
      ({ s }) =>
        `| ${s.layout} ${s.viewport.width}×${s.viewport.height} | ${s.load.naiveMap.median} / ${s.load.floor.median} = **${s.load.naiveMap.overFloor}×** [${s.load.naiveMap.n}] | ${s.load.naiveMap.programs} | **${s.load.naiveMap.appOver}×** |`,
    ),
  ];
}

function markdown(results) {
  // The older phases' table holds only the datasets that ran them.
  const ds = results.datasets.filter((d) => d.coldLoadMs);
  const head = `| | ${ds.map((d) => (d.dataset === 'real' ? `real (${d.events})` : d.events.toLocaleString('en'))).join(' | ')} |`;
  const sep = `|---|${ds.map(() => '---:').join('|')}|`;
  const line = (name, f) => `| ${name} | ${ds.map((d) => f(d) ?? '–').join(' | ')} |`;
  // Step counts are shown only where a phase budget cut them short of the plan.
  const pair = (s, planned = results.plan.scrubSteps) =>
    s ? `${s.p50} / ${s.p95}${s.n < planned ? ` (${s.n} steps)` : ''}` : null;
  const lines = [
    `# Benchmark ${results.date}`,
    '',
    `Node ${results.node}, Chromium ${results.chromium} (SwiftShader, headless), ${results.cpus} CPUs, viewport ${VIEWPORT.width}×${VIEWPORT.height} unless said.${results.quick ? ' Quick mode.' : ''}`,
    ...sideBySideTable(results),
    '',
    ...(ds.length === 0
      ? []
      : [
          '## The app alone, and against the naive way',
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
          line(
            'JS heap after scrub MB (growth)',
            (d) => `${d.heapAfterScrubMB} (${d.heapGrowthMB >= 0 ? '+' : ''}${d.heapGrowthMB})`,
          ),
          line('wall time s', (d) => d.wallSeconds),
        ]),
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
      `| **first load's data**, fetched before the map is ready (${tr.firstLoadData.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}) | **${kb(tr.firstLoadData.gzip)}** |`,
      `| data/events.json, the full record (fetched on a language switch or a search) | ${kb(tr.eventsJson.gzip)} |`,
      `| geo/*.geojson (${tr.geo.files.length} files) | ${kb(tr.geo.gzip)} |`,
      `| label glyph ranges, all ${tr.glyphsAll.count} | ${kb(tr.glyphsAll.gzip)} |`,
      `| label glyph ranges fetched by a cold load (${tr.glyphsFetchedAtLoad.files.join(', ')}) | ${kb(tr.glyphsFetchedAtLoad.gzip)} |`,
    );
  }
  if (results.problems.length > 0) lines.push('', '## Problems', '', ...results.problems.map((p) => `- ${p}`));
  if (results.notes.length > 0) lines.push('', '## Notes', '', ...[...new Set(results.notes)].map((p) => `- ${p}`));
  return `${lines.filter((l) => l !== null).join('\n')}\n`;
}

/** Both files, and the table on stdout too, so a CI log shows the numbers without fetching an artifact. */
export function writeResults(results) {
  const md = markdown(results);
  const outDir = results.quick ? TMP : join(ROOT, 'bench');
  const stem = results.quick ? 'results-quick' : 'results';
  writeFileSync(join(outDir, `${stem}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `${stem}.md`), md);
  console.log(`\n${md}`);
  console.log(`wrote ${join(outDir, stem)}.{json,md} in ${results.wallSeconds} s`);
}
