import { REGION_BOX, RIVER_MIN_KM, RIVER_UNNAMED_RANK } from '../config.mjs';
import { buildRivers } from '../rivers.mjs';
import { loadNeRivers } from '../sources.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'rivers.geojson',
  description:
    'Major rivers: Natural Earth 1:50m centrelines (coarse, for small and medium scales), named where a town on the river identifies the line',
  sources: ['natural-earth-rivers', 'geonames', 'curated'],
  licence: 'CC-BY-4.0',
  build(ctx) {
    return buildRivers({
      features: loadNeRivers(),
      curated: ctx.curated.rivers,
      rows: ctx.geonames.rows,
      box: REGION_BOX,
      minKm: RIVER_MIN_KM,
      unnamedRank: RIVER_UNNAMED_RANK,
      log: ctx.log,
    });
  },
};
