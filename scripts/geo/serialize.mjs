// Deterministic GeoJSON output: fixed key order, sorted properties, coordinates rounded to a fixed
// number of decimals, one feature per line (small, readable diffs), no timestamps.

import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Geometry} Geometry */
/** @typedef {Record<string, unknown>} Props */
/** @typedef {{ type: 'Feature', id: string, properties: Props & { id: string }, geometry: Geometry }} OutFeature */

/**
 * @param {number} v
 * @param {number} decimals
 */
export function roundTo(v, decimals) {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Rewinds a ring in place to the RFC 7946 orientation: outer rings counter-clockwise, holes clockwise.
 * @param {Position[]} ring
 * @param {boolean} outer
 */
function orient(ring, outer) {
  const clockwise = turf.booleanClockwise(ring);
  if (clockwise === outer) ring.reverse();
}

/**
 * Returns a copy of the geometry with rounded coordinates and RFC 7946 winding.
 * @param {Geometry} g
 * @param {number} decimals
 * @returns {Geometry}
 */
export function normaliseGeometry(g, decimals) {
  /** @param {Position} p */
  const pt = (p) => [roundTo(/** @type {number} */ (p[0]), decimals), roundTo(/** @type {number} */ (p[1]), decimals)];
  /** @param {Position[][]} poly */
  const polygon = (poly) =>
    poly.map((ring, i) => {
      const r = ring.map(pt);
      orient(r, i === 0);
      return r;
    });
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: pt(g.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(pt) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(pt)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: polygon(g.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) };
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

/**
 * Builds an output feature: `id` both at the top level and in properties (MapLibre's promoteId reads
 * the property; other GeoJSON tools read the top-level id). Undefined properties are dropped; an explicit
 * null is kept (e.g. `geonames_id: null` says "not in GeoNames").
 * @param {string} id
 * @param {Props} properties
 * @param {Geometry} geometry
 * @param {number} decimals
 * @returns {OutFeature}
 */
export function outFeature(id, properties, geometry, decimals) {
  /** @type {Props} */
  const all = { ...properties, id };
  const keys = Object.keys(all)
    .filter((k) => all[k] !== undefined)
    .sort();
  const props = /** @type {Props & { id: string }} */ (Object.fromEntries(keys.map((k) => [k, all[k]])));
  return { type: 'Feature', id, properties: props, geometry: normaliseGeometry(geometry, decimals) };
}

/**
 * Writes a FeatureCollection, features in the given order (callers sort them), one per line.
 * @param {string} file
 * @param {OutFeature[]} features
 */
export function writeCollection(file, features) {
  const lines = features.map((f) => JSON.stringify(f));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * Writes JSON with stable formatting.
 * @param {string} file
 * @param {unknown} value
 */
export function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
