// The enclave polygons found in OSM, plus the curated enclaves that have no open polygon (points).

import { shapeOf } from '../context.mjs';
import { areaKm2 } from '../geom.mjs';
import { namesOf } from '../names.mjs';

/**
 * @param {any} e an enclaves.json entry
 * @param {number | null} area_km2
 * @param {string} precision
 * @param {string} position_source
 */
function enclaveProperties(e, area_km2, precision, position_source) {
  return {
    kind: 'enclave',
    owner: e.owner,
    host: e.host,
    area_km2,
    precision,
    position_source,
    note: e.note,
    ...namesOf(e, `enclave ${e.id}`),
  };
}

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'enclaves.geojson',
  description: 'Enclaves of the Fergana valley rim (polygons) and Western Qalacha (approximate point)',
  sources: ['osm-countries', 'curated'],
  licence: 'ODbL-1.0',
  build(ctx) {
    const polygons = ctx.enclaves.map(({ entry }) => {
      const g = shapeOf(ctx, 'enclaves', entry.id, `enclave ${entry.id}`);
      const area = Math.round(areaKm2(g) * 100) / 100;
      return {
        id: entry.id,
        properties: enclaveProperties(entry, area, 'mapped', 'OpenStreetMap outline (pre-2025 treaty)'),
        geometry: g,
      };
    });
    /** @type {import('../points.mjs').PlainFeature[]} */
    const points = ctx.curated.enclaves.points.map((p) => ({
      id: p.id,
      properties: enclaveProperties(p, null, p.precision, p.position_source),
      geometry: { type: 'Point', coordinates: p.coordinates },
    }));
    return [...polygons, ...points];
  },
};
