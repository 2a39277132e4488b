// Line helpers for the border layer: joining arc pieces into continuous lines, and lengths.

import * as turf from '@turf/turf';

/** @typedef {import('geojson').Position} Position */

/** @param {Position} p */
const key = (p) => `${p[0]},${p[1]}`;

/**
 * Joins line pieces that meet end to end into the longest continuous lines (mapshaper returns one
 * piece per topological arc, and arcs break wherever a third shape touches the line). Pieces are
 * joined in a fixed order, so the result does not depend on the order mapshaper emits them in.
 * @param {Position[][]} pieces
 * @returns {Position[][]}
 */
export function joinLines(pieces) {
  /** @type {Position[][]} */
  const todo = pieces.filter((p) => p.length >= 2).map((p) => p.slice());
  // Deterministic start: sort pieces by their first coordinate.
  todo.sort((a, b) => key(/** @type {Position} */ (a[0])).localeCompare(key(/** @type {Position} */ (b[0]))));
  /** @type {Position[][]} */
  const out = [];
  while (todo.length) {
    let line = /** @type {Position[]} */ (todo.shift());
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < todo.length; i++) {
        const p = /** @type {Position[]} */ (todo[i]);
        const head = key(/** @type {Position} */ (line[0]));
        const tail = key(/** @type {Position} */ (line[line.length - 1]));
        const pHead = key(/** @type {Position} */ (p[0]));
        const pTail = key(/** @type {Position} */ (p[p.length - 1]));
        if (head === tail) break; // closed ring: nothing more attaches
        if (tail === pHead) line = line.concat(p.slice(1));
        else if (tail === pTail) line = line.concat(p.slice(0, -1).reverse());
        else if (head === pTail) line = p.concat(line.slice(1));
        else if (head === pHead) line = p.slice().reverse().concat(line.slice(1));
        else continue;
        todo.splice(i, 1);
        grown = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Geodesic length in km of a set of lines.
 * @param {Position[][]} lines
 */
export function lengthKm(lines) {
  return lines.reduce((sum, l) => sum + turf.length(turf.lineString(l), { units: 'kilometers' }), 0);
}

/**
 * The point of `lines` nearest to `pt`, and the distance to it in km.
 * @param {Position[][]} lines
 * @param {Position} pt
 * @returns {{ point: Position, km: number }}
 */
export function nearestOnLines(lines, pt) {
  const snapped = turf.nearestPointOnLine(turf.multiLineString(lines), turf.point(pt), { units: 'kilometers' });
  return { point: snapped.geometry.coordinates, km: /** @type {number} */ (snapped.properties.dist) };
}
