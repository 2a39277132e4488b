// Resolves "pinched" rings: rings that pass through the same vertex twice. The OSM sources have a
// few (a figure-eight where two lobes of a country touch, a thin gap between Tajikistan and
// Uzbekistan that the outline wraps around); a renderer copes, but they are invalid simple-feature
// polygons and turf's kinks() reports them. Only the ring structure changes, never a coordinate, so
// borders shared with other layers stay identical.

import * as turf from '@turf/turf';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('./geom.mjs').Areal} Areal */

/** @param {Position} p */
const key = (p) => `${p[0]},${p[1]}`;

/**
 * Twice the signed planar area (positive = counter-clockwise).
 * @param {Position[]} ring closed ring
 */
function signedArea2(ring) {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = /** @type {Position} */ (ring[i - 1]);
    const b = /** @type {Position} */ (ring[i]);
    s +=
      /** @type {number} */ (a[0]) * /** @type {number} */ (b[1]) - /** @type {number} */ (b[0]) * /** @type {number} */ (a[1]);
  }
  return s;
}

/**
 * Splits a closed ring at every repeated vertex into simple closed loops.
 * @param {Position[]} ring
 * @returns {Position[][]}
 */
export function splitRing(ring) {
  /** @type {Position[][]} */
  const loops = [];
  /** @type {Position[]} */
  const stack = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const p of ring.slice(0, -1)) {
    const k = key(p);
    const at = seen.get(k);
    if (at !== undefined) {
      const loop = stack.splice(at);
      for (const q of loop) seen.delete(key(q));
      loops.push([...loop, /** @type {Position} */ (loop[0])]);
    }
    seen.set(k, stack.length);
    stack.push(p);
  }
  loops.push([...stack, /** @type {Position} */ (stack[0])]);
  // Loops with fewer than 3 distinct points (spikes) or no area carry nothing.
  return loops.filter((l) => l.length >= 4 && signedArea2(l) !== 0);
}

/**
 * @param {Position[][]} polygon
 * @param {(msg: string) => void} log
 * @returns {Position[][][]} one or more polygons
 */
function fixPolygon(polygon, log) {
  const [outer, ...holes] = polygon;
  if (!outer) return [];
  const outerSign = Math.sign(signedArea2(outer));
  const pieces = splitRing(outer);
  const shells = pieces.filter((l) => Math.sign(signedArea2(l)) === outerSign);
  for (const l of pieces) {
    if (Math.sign(signedArea2(l)) !== outerSign) {
      const km2 = turf.area(turf.polygon([l])) / 1e6;
      log(`filled a ${km2.toFixed(3)} km² gap the outline wrapped around at ${key(/** @type {Position} */ (l[0]))}`);
    }
  }
  if (shells.length > 1) log(`split a pinched outline at ${key(/** @type {Position} */ (outer[0]))} into ${shells.length} parts`);
  /** @type {Position[][]} */
  const newHoles = [];
  for (const h of holes) {
    const hSign = Math.sign(signedArea2(h));
    newHoles.push(...splitRing(h).filter((l) => Math.sign(signedArea2(l)) === hSign));
  }
  /** @type {Position[][][]} */
  const out = shells.map((s) => [s]);
  for (const h of newHoles) {
    const inside = turf.pointOnFeature(turf.polygon([h])).geometry.coordinates;
    const owner = out.find((p) => turf.booleanPointInPolygon(inside, turf.polygon([/** @type {Position[]} */ (p[0])])));
    if (owner) owner.push(h);
    else log(`dropped a hole at ${key(/** @type {Position} */ (h[0]))} that lies in no part`);
  }
  return out.map((p) => dropTouchingHoles(p, log));
}

/**
 * A hole that touches its shell or another hole (how mapshaper writes a pinch) is a sliver gap in
 * these sources, never a real enclave (those are separate rings with their own outline): fill it.
 * @param {Position[][]} polygon
 * @param {(msg: string) => void} log
 */
function dropTouchingHoles(polygon, log) {
  const [shell, ...holes] = polygon;
  if (!shell || holes.length === 0) return polygon;
  const kept = [shell];
  for (const [i, h] of holes.entries()) {
    const others = [shell, ...holes.filter((_, j) => j !== i)];
    const otherKeys = new Set(others.flatMap((r) => r.map(key)));
    const touches =
      h.some((p) => otherKeys.has(key(p))) ||
      h.some((p) => others.some((r) => turf.booleanPointOnLine(turf.point(p), turf.lineString(r))));
    if (touches) {
      const km2 = turf.area(turf.polygon([h])) / 1e6;
      log(`filled a ${km2.toFixed(3)} km² hole touching the outline at ${key(/** @type {Position} */ (h[0]))}`);
    } else kept.push(h);
  }
  return kept;
}

/**
 * @param {Areal} g
 * @param {(msg: string) => void} log
 * @returns {Areal}
 */
export function fixPinches(g, log) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const fixed = polys.flatMap((p) => fixPolygon(p, log));
  return fixed.length === 1
    ? { type: 'Polygon', coordinates: /** @type {Position[][]} */ (fixed[0]) }
    : { type: 'MultiPolygon', coordinates: fixed };
}
