// Villages of the border area, drawn at high zoom. Positions from GeoNames; the country is the one
// whose polygon holds the point (GeoNames' own code is kept as geonames_country where it differs).

import { VILLAGE_DEDUPE_KM, VILLAGE_SMALL_POP } from '../config.mjs';
import { countryLocator } from '../points.mjs';
import { buildVillages } from '../villages.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'villages.geojson',
  description: 'GeoNames populated places of the Batken–Sughd–Fergana border area (not already in towns.geojson)',
  sources: ['geonames'],
  licence: 'CC-BY-4.0',
  build(ctx) {
    const a3ToIso2 = Object.fromEntries(ctx.curated.countries.map((c) => [c.a3, c.iso2]));
    return buildVillages({
      rows: ctx.villageRows,
      townIds: new Set(ctx.curated.towns.map((t) => t.geonames_id).filter((id) => id !== null)),
      countryAt: countryLocator(ctx.shapes.countries ?? new Map(), a3ToIso2),
      smallPop: VILLAGE_SMALL_POP,
      dedupeKm: VILLAGE_DEDUPE_KM,
      log: ctx.log,
    });
  },
};
