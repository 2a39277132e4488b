import { buildTowns, countryLocator } from '../points.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'towns.geojson',
  description: 'Capitals, cities and towns of the region, and the towns and villages of the border area that events refer to',
  // The country check reads the OSM outlines but the output carries none of their data.
  sources: ['geonames', 'curated'],
  licence: 'CC-BY-4.0',
  build(ctx) {
    const a3ToIso2 = Object.fromEntries(ctx.curated.countries.map((c) => [c.a3, c.iso2]));
    const countryAt = countryLocator(ctx.shapes.countries ?? new Map(), a3ToIso2);
    return buildTowns(ctx.curated.towns, ctx.geonames.rows, countryAt, (m) => ctx.log(`note: ${m}`));
  },
};
