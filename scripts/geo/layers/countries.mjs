import { namesOf } from '../names.mjs';

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'countries.geojson',
  description: 'Countries clipped to the map box (basemap)',
  sources: ['osm-countries', 'curated'],
  licence: 'ODbL-1.0',
  build(ctx) {
    const defs = Object.fromEntries(ctx.curated.countries.map((c) => [c.a3, c]));
    return [...(ctx.shapes.countries ?? [])].map(([a3, geometry]) => {
      const c = defs[a3];
      return {
        id: `country-${c.iso2.toLowerCase()}`,
        properties: { kind: 'country', iso2: c.iso2, iso3: c.a3, ...namesOf(c, `country ${c.a3}`) },
        geometry,
      };
    });
  },
};
