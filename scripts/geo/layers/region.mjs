// Not a layer itself: Batken and Sughd are built alike from their regions.json entry, so each of
// their layer modules is one call of this.

import { shapeOf } from '../context.mjs';
import { areaKm2 } from '../geom.mjs';
import { namesOf } from '../names.mjs';

/**
 * @param {string} name the region's `file` in regions.json (its polygon layer in the context)
 * @param {string} description for meta.json
 * @returns {import('./index.mjs').GeoLayer}
 */
export function regionLayer(name, description) {
  return {
    file: `${name}.geojson`,
    description,
    sources: ['osm-countries', 'natural-earth-admin1', 'curated'],
    licence: 'ODbL-1.0',
    build(ctx) {
      const def = ctx.curated.regions.find((r) => r.file === name);
      if (!def) throw new Error(`no region with file "${name}" in regions.json`);
      const geometry = shapeOf(ctx, name, def.id, `region ${def.id}`);
      return [
        {
          id: def.id,
          properties: {
            kind: 'region',
            country: def.iso2,
            iso_3166_2: def.iso_3166_2,
            wikidata: def.wikidata,
            area_km2: Math.round(areaKm2(geometry)),
            ...namesOf(def, `region ${def.id}`),
            note: 'National border from OpenStreetMap; internal border from Natural Earth (1:10M, off by up to several km); enclaves of other countries are holes.',
          },
          geometry,
        },
      ];
    },
  };
}
