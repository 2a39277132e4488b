import { buildTowns } from '../points.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'towns.geojson',
  description: 'Towns and villages',
  sources: ['geonames', 'curated'],
  licence: 'CC-BY-4.0',
  build(ctx) {
    return buildTowns(ctx.curated.towns, ctx.geonames.rows, (m) => ctx.log(`note: ${m}`));
  },
};
