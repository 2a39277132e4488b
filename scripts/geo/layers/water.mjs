import { shapeOf } from '../context.mjs';
import { areaKm2 } from '../geom.mjs';
import { namesOf } from '../names.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'water.geojson',
  description: 'Named lakes and reservoirs',
  sources: ['osm-lakes', 'curated'],
  licence: 'ODbL-1.0',
  build(ctx) {
    return ctx.water.map((w) => {
      const g = shapeOf(ctx, 'water', w.id, `water ${w.id}`);
      const e = w.entry;
      return {
        id: w.id,
        properties: {
          kind: e.kind,
          country: e.country,
          area_km2: Math.round(areaKm2(g) * 10) / 10,
          geometry_note: e.geometry_note,
          source: e.source,
          ...namesOf(/** @type {any} */ (e), `water ${w.id}`),
        },
        geometry: g,
      };
    });
  },
};
