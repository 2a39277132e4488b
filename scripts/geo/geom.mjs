// Small geometry helpers on top of turf. All polygon work goes through turf's polyclip-based
// intersect/union/difference, which is robust on the 10–20k-vertex OSM country outlines.

import * as turf from '@turf/turf';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Polygon} Polygon */
/** @typedef {import('geojson').MultiPolygon} MultiPolygon */
/** @typedef {Polygon | MultiPolygon} Areal */
/** @typedef {import('geojson').Feature<Areal>} ArealFeature */

/**
 * The polygons of a geometry as a list of coordinate arrays (one per Polygon).
 * @param {Areal | null | undefined} g
 * @returns {Position[][][]}
 */
export function polygonsOf(g) {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Wraps polygon coordinate arrays as the smallest fitting geometry, or null when empty.
 * @param {Position[][][]} polys
 * @returns {Areal | null}
 */
export function geometryOf(polys) {
  if (polys.length === 0) return null;
  if (polys.length === 1) return { type: 'Polygon', coordinates: /** @type {Position[][]} */ (polys[0]) };
  return { type: 'MultiPolygon', coordinates: polys };
}

/**
 * @param {Areal | null} g
 * @param {Record<string, unknown>} [properties]
 * @returns {ArealFeature}
 */
export function feature(g, properties = {}) {
  if (!g) throw new Error('empty geometry');
  return turf.feature(g, properties);
}

/**
 * Area in km² (spherical, as turf computes it).
 * @param {Areal | null} g
 */
export function areaKm2(g) {
  return g ? turf.area(feature(g)) / 1e6 : 0;
}

/**
 * Drops all holes: in the OSM country polygons holes are lakes and reservoirs (and tiny artefacts),
 * none of which belongs in a political fill.
 * @param {Areal | null} g
 */
export function outerRingsOnly(g) {
  return geometryOf(polygonsOf(g).map((p) => [/** @type {Position[]} */ (p[0])]));
}

/**
 * @param {(Areal | null)[]} geoms
 * @returns {Areal | null}
 */
export function union(geoms) {
  const fs = geoms.filter((g) => g !== null).map((g) => feature(g));
  if (fs.length === 0) return null;
  if (fs.length === 1) return /** @type {ArealFeature} */ (fs[0]).geometry;
  const u = turf.union(turf.featureCollection(fs));
  return u ? u.geometry : null;
}

/**
 * @param {Areal | null} a
 * @param {Areal | null} b
 * @returns {Areal | null}
 */
export function intersect(a, b) {
  if (!a || !b) return null;
  const r = turf.intersect(turf.featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}

/**
 * @param {Areal | null} a
 * @param {Areal | null} b
 * @returns {Areal | null}
 */
export function difference(a, b) {
  if (!a) return null;
  if (!b) return a;
  const r = turf.difference(turf.featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}

/**
 * @param {[number, number, number, number]} box
 * @returns {Polygon}
 */
export function boxPolygon(box) {
  return turf.bboxPolygon(box).geometry;
}

/**
 * @param {Areal | null} g
 * @returns {[number, number, number, number]}
 */
export function bboxOf(g) {
  return /** @type {[number, number, number, number]} */ (turf.bbox(feature(g)));
}

/**
 * @param {[number, number, number, number]} a
 * @param {[number, number, number, number]} b
 */
export function bboxesOverlap(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Rounds every coordinate to `decimals`, so that vertices computed by separate clipping runs that
 * are meant to coincide do coincide exactly when mapshaper builds its shared-arc topology.
 * @template {Areal | null} G
 * @param {G} g
 * @param {number} decimals
 * @returns {G}
 */
export function roundGeometry(g, decimals) {
  if (!g) return g;
  const f = 10 ** decimals;
  /** @param {Position} p */
  const r = (p) => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
  const polys = polygonsOf(g).map((poly) => poly.map((ring) => ring.map(r)));
  return /** @type {G} */ (geometryOf(polys));
}

/**
 * Is the point inside the (multi)polygon?
 * @param {Position} pt
 * @param {Areal | null} g
 */
export function contains(g, pt) {
  return g ? turf.booleanPointInPolygon(turf.point(pt), feature(g)) : false;
}

/**
 * Does the geometry's bbox lie inside the box?
 * @param {Areal | null} g
 * @param {[number, number, number, number]} box
 */
export function inBox(g, box) {
  const b = bboxOf(g);
  return b[0] >= box[0] && b[1] >= box[1] && b[2] <= box[2] && b[3] <= box[3];
}
