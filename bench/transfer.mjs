import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './paths.mjs';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What the first visit downloads, gzip -9, split so a change in app code is not lost in vendor noise.
 * `requested`: the paths a cold load of the real record fetched before its map was ready.
 */
export function transferSizes(requested = []) {
  // The label glyph ranges (scripts/glyphs) a cold load fetched, as "<font stack>/<range>.pbf".
  const glyphsFetched = requested.flatMap((p) => {
    const m = /\/glyphs\/([^/]+\/\d+-\d+\.pbf)$/.exec(p);
    return m ? [decodeURIComponent(m[1])] : [];
  });
  // The first load's data: the record and geo files fetched before ready, as served (the build's copies).
  const dataFetched = requested.flatMap((p) => {
    const m = /\/((?:data|geo)\/.+\.(?:json|geojson))$/.exec(p);
    return m ? [m[1]] : [];
  });
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
  const firstLoadRows = dataFetched.map((f) => row(DIST, f));
  const geoDir = join(DIST, 'geo');
  const geo = readdirSync(geoDir)
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => row(geoDir, f));
  const glyphDir = join(DIST, 'glyphs');
  const glyphs = readdirSync(glyphDir).flatMap((stack) =>
    readdirSync(join(glyphDir, stack)).map((f) => row(glyphDir, `${stack}/${f}`)),
  );
  const fetchedGlyphs = glyphs.filter((g) => glyphsFetched.includes(g.file));
  return {
    startJs: { gzip: total(js), files: js },
    appCodeAlone: separable
      ? { gzip: total(appChunks), files: appChunks.map((r) => r.file) }
      : { gzip: null, note: 'not separable: the build emits a single JS chunk' },
    maplibreWorker: { gzip: total(worker), files: worker },
    lazyJs: { gzip: total(lazyJs), files: lazyJs },
    css: { gzip: total(css.map((n) => row(assets, n))), files: css },
    eventsJson: row(join(DIST, 'data'), 'events.json'),
    firstLoadData: { gzip: total(firstLoadRows), files: firstLoadRows },
    geo: { gzip: total(geo), files: geo },
    glyphsAll: { gzip: total(glyphs), count: glyphs.length },
    glyphsFetchedAtLoad: { gzip: total(fetchedGlyphs), files: fetchedGlyphs.map((g) => g.file) },
  };
}
