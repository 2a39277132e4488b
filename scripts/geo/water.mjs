// Lakes and reservoirs. The OSM water polygons in @geo-maps/earth-lakes-10m are unnamed and already
// generalised upstream (OSM "water-reduced-polygons"), so names come from water.json: a polygon is
// named by the curated entry whose hint point it contains, and unnamed polygons are left out.

import { contains } from './geom.mjs';

/**
 * @typedef {object} WaterEntry
 * @property {string} id
 * @property {[number, number]} hint
 * @property {string} kind
 * @property {string} [country]
 * @property {string} [geometry_note]
 * @property {string} [source] where the name and place were checked
 */

/**
 * @typedef {object} WaterBody
 * @property {string} id
 * @property {import('geojson').Polygon} geometry
 * @property {WaterEntry} entry the curated entry that names it
 */

/**
 * Only named water bodies are kept: an unnamed shape on the map reads as a drawing error (the issue
 * "Cartography: a map that explains the place"), so a lake appears only once water.json names it.
 * @param {import('geojson').Polygon[]} lakes
 * @param {WaterEntry[]} named
 * @returns {WaterBody[]} sorted by id
 */
export function selectWater(lakes, named) {
  /** @type {WaterBody[]} */
  const out = [];
  for (const entry of named) {
    const hits = lakes.filter((g) => contains(g, entry.hint));
    if (hits.length !== 1) throw new Error(`water ${entry.id}: hint lies in ${hits.length} polygons, expected 1`);
    out.push({ id: entry.id, geometry: /** @type {import('geojson').Polygon} */ (hits[0]), entry });
  }
  const ids = new Set(out.map((w) => w.id));
  if (ids.size !== out.length) throw new Error('water: duplicate ids');
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
