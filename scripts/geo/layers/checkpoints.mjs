import { DECIMALS } from '../config.mjs';
import { buildCheckpoints } from '../points.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'checkpoints.geojson',
  description: 'Kyrgyz–Tajik road crossings, positions inferred where no coordinate is published',
  // Placed on the OSM border line, so the ODbL applies.
  sources: ['curated', 'osm-countries'],
  licence: 'ODbL-1.0',
  build(ctx) {
    return buildCheckpoints(ctx.curated.checkpoints, ctx.border, DECIMALS);
  },
};
