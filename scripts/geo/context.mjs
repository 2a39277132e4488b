// What the output layers (layers/*.mjs) share, computed once before any layer is built. It is shared
// rather than computed per layer because the polygons of several layers must go through ONE
// simplification pass (separate passes would open gaps along the borders they share, see
// simplify.mjs), and because the border, the checkpoints and the tri-junction must all use the very
// same border lines. Layers only read the context.

import fs from 'node:fs';
import path from 'node:path';
import {
  COUNTRY_A3,
  DECIMALS,
  ENCLAVE_SHARE,
  FOCUS_BOX,
  GEO_DIR,
  MID_BOX,
  REGION_BOX,
  REGION_GROW_KM,
  SIMPLIFY_FAR_M,
  SIMPLIFY_MID_M,
  SIMPLIFY_NEAR_M,
  VILLAGE_BOX,
} from './config.mjs';
import { clipCountries, separateEnclaves } from './countries.mjs';
import { nameEnclaves } from './enclaves.mjs';
import { boxPolygon, difference, inBox, intersect, roundGeometry } from './geom.mjs';
import { fixPinches } from './pinches.mjs';
import { joinBorder } from './points.mjs';
import { deriveRegion } from './regions.mjs';
import { simplifyTogether } from './simplify.mjs';
import { loadGeoNames, loadGeoNamesInBox, loadNeRegion, loadOsmCountries, loadOsmLakes } from './sources.mjs';
import { selectWater } from './water.mjs';

/** @typedef {import('./geom.mjs').Areal} Areal */
/** @typedef {import('geojson').Position} Position */
/** @typedef {import('./simplify.mjs').SimplifyFeature} SimplifyFeature */
/** @typedef {{ entry: import('./enclaves.mjs').EnclaveEntry, enclave: import('./countries.mjs').DetectedEnclave }} NamedEnclave */

/**
 * The curated inputs, scripts/geo/*.json.
 * @typedef {object} Curated
 * @property {any[]} countries countries.json `countries`
 * @property {any[]} regions regions.json `regions`
 * @property {{ hint_km: number, polygons: import('./enclaves.mjs').EnclaveEntry[], points: any[] }} enclaves
 * @property {import('./water.mjs').WaterEntry[]} water water.json `named`
 * @property {any[]} towns towns.json `towns`
 * @property {any[]} checkpoints checkpoints.json `checkpoints`
 * @property {import('./rivers.mjs').RiversCurated} rivers rivers.json
 */

/**
 * @typedef {object} GeoContext
 * @property {(msg: string) => void} log
 * @property {Curated} curated
 * @property {NamedEnclave[]} enclaves the enclave polygons found in OSM, in enclaves.json order
 * @property {import('./water.mjs').WaterBody[]} water sorted by id
 * @property {Record<string, Map<string, Areal>>} shapes simplified polygons, pinches repaired: layer
 *   (`countries`, each region's `file`, `enclaves`, `water`) → key (country A3 or feature id) → geometry
 * @property {Position[][]} border the Kyrgyz–Tajik border as continuous lines, longest first
 * @property {{ rows: Map<number, import('./sources.mjs').GeoNamesRow>, dataDate: string }} geonames the
 *   rows of the curated towns and of the river hints; loaded here because meta.json needs the data
 *   date whatever the layers are
 * @property {import('./sources.mjs').GeoNamesRow[]} villageRows every GeoNames row in VILLAGE_BOX
 */

/** @returns {Curated} */
function readCurated() {
  /** @param {string} name */
  const read = (name) => JSON.parse(fs.readFileSync(path.join(GEO_DIR, name), 'utf8'));
  return {
    countries: read('countries.json').countries,
    regions: read('regions.json').regions,
    enclaves: read('enclaves.json'),
    water: read('water.json').named,
    towns: read('towns.json').towns,
    checkpoints: read('checkpoints.json').checkpoints,
    rivers: read('rivers.json'),
  };
}

/**
 * The single mapshaper pass over every polygon layer (see simplify.mjs for why it is one pass).
 * @param {object} args
 * @param {Map<string, Areal>} args.countries
 * @param {{ def: any, geometry: Areal }[]} args.regions
 * @param {NamedEnclave[]} args.enclaves
 * @param {import('./water.mjs').WaterBody[]} args.water
 * @returns {Promise<{ layers: string[], simplified: Record<string, import('geojson').FeatureCollection> }>}
 */
async function simplifyPolygons({ countries, regions, enclaves, water }) {
  const focus = boxPolygon(FOCUS_BOX);
  const mid = boxPolygon(MID_BOX);
  /** @type {SimplifyFeature[]} */
  const input = [];
  /**
   * @param {string} layer
   * @param {string} key
   * @param {Areal | null} g
   * @param {number} tol
   */
  const add = (layer, key, g, tol) => {
    const r = roundGeometry(g, 7);
    if (r) input.push({ type: 'Feature', properties: { layer, key, tol }, geometry: r });
  };
  // Three rings of tolerance; the cut lines are shared arcs, so the dissolve rejoins them exactly.
  for (const [a3, g] of countries) {
    add('countries', a3, intersect(g, focus), SIMPLIFY_NEAR_M);
    add('countries', a3, difference(intersect(g, mid), focus), SIMPLIFY_MID_M);
    add('countries', a3, difference(g, mid), SIMPLIFY_FAR_M);
  }
  // Regions and enclaves share arcs with the countries; they must lie wholly in the focus box, or the
  // box's cut line would split a country arc that the region does not split.
  for (const r of regions) {
    if (!inBox(r.geometry, FOCUS_BOX)) throw new Error(`${r.def.id} reaches outside FOCUS_BOX`);
    add(r.def.file, r.def.id, r.geometry, SIMPLIFY_NEAR_M);
  }
  for (const { entry, enclave } of enclaves) {
    if (!inBox(enclave.geometry, FOCUS_BOX)) throw new Error(`${entry.id} reaches outside FOCUS_BOX`);
    add('enclaves', entry.id, enclave.geometry, SIMPLIFY_NEAR_M);
  }
  // Lakes never take the far tolerance: at 1.2 km Balkhash's narrow western bays cross themselves.
  for (const w of water) add('water', w.id, w.geometry, inBox(w.geometry, FOCUS_BOX) ? SIMPLIFY_NEAR_M : SIMPLIFY_MID_M);
  const layers = ['countries', ...regions.map((r) => r.def.file), 'enclaves', 'water'];
  const simplified = await simplifyTogether({
    features: input,
    layers,
    decimals: DECIMALS,
    borderWhere: "(A.key=='KGZ'&&B.key=='TJK')||(A.key=='TJK'&&B.key=='KGZ')",
  });
  return { layers, simplified };
}

/**
 * @param {(msg: string) => void} log
 * @returns {Promise<GeoContext>}
 */
export async function loadContext(log) {
  const curated = readCurated();
  /** @type {Record<string, string>} */
  const a3ToIso2 = Object.fromEntries(curated.countries.map((c) => [c.a3, c.iso2]));

  const osm = loadOsmCountries(COUNTRY_A3, REGION_BOX);
  log('loaded OSM countries');
  const { countries, enclaves } = separateEnclaves(clipCountries(osm, REGION_BOX), ENCLAVE_SHARE);
  const named = nameEnclaves(enclaves, curated.enclaves.polygons, a3ToIso2, curated.enclaves.hint_km);
  log(`countries clipped; ${named.length} enclaves found`);

  // Batken and Sughd: OSM national border, Natural Earth internal border.
  const regions = curated.regions.map((r) => ({
    def: r,
    geometry: deriveRegion({
      neRegion: loadNeRegion(r.ne_code),
      neNeighbours: r.ne_neighbours.map(loadNeRegion),
      country: /** @type {Areal} */ (countries.get(r.country_a3)),
      growKm: REGION_GROW_KM,
    }),
  }));
  log('regions derived');

  const water = selectWater(loadOsmLakes(REGION_BOX), curated.water);
  log(`${water.length} water bodies`);

  const { layers, simplified } = await simplifyPolygons({ countries, regions, enclaves: named, water });
  log('simplified');
  /** @type {Record<string, Map<string, Areal>>} */
  const shapes = {};
  for (const name of layers) {
    const features = /** @type {import('geojson').Feature<Areal, { key: string }>[]} */ (
      /** @type {any} */ (simplified[name]).features
    );
    shapes[name] = new Map(
      features.map((f) => [f.properties.key, fixPinches(f.geometry, (m) => log(`${name} ${f.properties.key}: ${m}`))]),
    );
  }

  const borderGeom = /** @type {any} */ (simplified.border).features[0]?.geometry;
  if (!borderGeom) throw new Error('no KG–TJ border found');

  // The towns, and the towns that identify river lines (rivers.json hints).
  const geonames = loadGeoNames([
    ...new Set([
      ...curated.towns.filter((t) => t.geonames_id !== null).map((t) => t.geonames_id),
      ...curated.rivers.named.flatMap((r) => r.hints.map((h) => h.geonames_id)),
    ]),
  ]);
  const villageRows = loadGeoNamesInBox(VILLAGE_BOX);
  return { log, curated, enclaves: named, water, shapes, border: joinBorder(borderGeom), geonames, villageRows };
}

/**
 * A simplified polygon by layer and key; stops the build if simplification dropped it.
 * @param {GeoContext} ctx
 * @param {string} layer
 * @param {string} key
 * @param {string} what for the error message, e.g. `water ${id}`
 * @returns {Areal}
 */
export function shapeOf(ctx, layer, key, what) {
  const g = ctx.shapes[layer]?.get(key);
  if (!g) throw new Error(`${what} lost in simplification`);
  return g;
}
