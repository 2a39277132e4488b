import { buildBorderFeature } from '../points.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'border.geojson',
  description: 'Kyrgyzstan–Tajikistan international border (mainland and Vorukh)',
  sources: ['osm-countries'],
  licence: 'ODbL-1.0',
  build(ctx) {
    const feature = buildBorderFeature(
      ctx.border,
      'Shared edge of the OpenStreetMap outlines of Kyrgyzstan and Tajikistan (mainland border plus the boundary of the Tajik exclave Vorukh), simplified with the polygons. As mapped before the 13 March 2025 treaty.',
    );
    ctx.log(`border ${feature.properties.length_km} km in ${ctx.border.length} lines`);
    return [feature];
  },
};
