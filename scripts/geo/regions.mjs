// Batken and Sughd region polygons: national border from OSM, internal border from Natural Earth.
//
// Natural Earth's admin-1 lines are ~1:10M (off the OSM national border by ~2 km on average, up to
// 13 km), so they are used only where no OSM line exists: the internal line between the region and
// the rest of its country. The NE region is grown by a margin so it reaches past the OSM national
// border everywhere, the neighbouring NE regions of the same country are cut away (that leaves the
// NE internal line in place), and the result is intersected with the OSM country.

import * as turf from '@turf/turf';
import { areaKm2, difference, feature, geometryOf, intersect, polygonsOf, union } from './geom.mjs';

/** @typedef {import('./geom.mjs').Areal} Areal */

/**
 * @param {object} args
 * @param {Areal} args.neRegion the Natural Earth region
 * @param {Areal[]} args.neNeighbours the other NE regions of the same country
 * @param {Areal} args.country the OSM country, enclaves of others already cut out
 * @param {number} args.growKm
 * @returns {Areal}
 */
export function deriveRegion({ neRegion, neNeighbours, country, growKm }) {
  const grown = /** @type {import('geojson').Feature<Areal>} */ (
    turf.buffer(feature(neRegion), growKm, { units: 'kilometers', steps: 16 })
  );
  const reach = difference(grown.geometry, union(neNeighbours));
  const cut = intersect(country, reach);
  // Keep parts that overlap the NE region itself: a margin can pick up slivers of the country that
  // belong elsewhere (e.g. across a narrow neck of another region).
  const parts = polygonsOf(cut).filter((p) => areaKm2(intersect(geometryOf([p]), neRegion)) > 0);
  const g = geometryOf(parts);
  if (!g) throw new Error('region derivation produced nothing');
  return g;
}
