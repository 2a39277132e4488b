// Lakes and reservoirs. The OSM water polygons in @geo-maps/earth-lakes-10m are unnamed and already
// generalised upstream (OSM "water-reduced-polygons"), so names come from water.json: a polygon is
// named by the curated entry whose hint point it contains.

import * as turf from '@turf/turf';
import { areaKm2, contains } from './geom.mjs';

/**
 * @typedef {object} WaterEntry
 * @property {string} id
 * @property {[number, number]} hint
 * @property {string} kind
 * @property {string} country
 * @property {string} [geometry_note]
 */

/**
 * @typedef {object} WaterBody
 * @property {string} id
 * @property {import('geojson').Polygon} geometry
 * @property {WaterEntry | null} entry the curated entry, or null for an unnamed lake
 */

/**
 * @param {import('geojson').Polygon[]} lakes
 * @param {WaterEntry[]} named
 * @param {[number, number, number, number]} focus unnamed lakes are kept only inside this box
 * @param {number} minKm2 unnamed lakes smaller than this are dropped
 * @returns {WaterBody[]} sorted by id
 */
export function selectWater(lakes, named, focus, minKm2) {
  /** @type {WaterBody[]} */
  const out = [];
  const used = new Set();
  for (const entry of named) {
    const hits = lakes.filter((g) => contains(g, entry.hint));
    if (hits.length !== 1) throw new Error(`water ${entry.id}: hint lies in ${hits.length} polygons, expected 1`);
    const g = /** @type {import('geojson').Polygon} */ (hits[0]);
    used.add(g);
    out.push({ id: entry.id, geometry: g, entry });
  }
  for (const g of lakes) {
    if (used.has(g) || areaKm2(g) < minKm2) continue;
    const [lon, lat] = /** @type {[number, number]} */ (turf.centroid(g).geometry.coordinates);
    if (lon < focus[0] || lon > focus[2] || lat < focus[1] || lat > focus[3]) continue;
    // A position-based id is stable as long as the source polygon is.
    out.push({ id: `lake-${lon.toFixed(2)}-${lat.toFixed(2)}`, geometry: g, entry: null });
  }
  const ids = new Set(out.map((w) => w.id));
  if (ids.size !== out.length) throw new Error('water: duplicate ids');
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
