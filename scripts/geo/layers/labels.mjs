// One label point per named area (countries, Batken and Sughd, enclaves, named water), computed
// inside the drawn polygon so that the label always sits on the shape it names: a centroid can fall
// outside a concave shape (Kyrgyzstan's centroid is near its edge; a reservoir's can be on land).

import polylabel from 'polylabel';
import { LARGE_WATER_KM2, LOCAL_LABEL_COUNTRIES, LOCAL_LABEL_ZOOM, OPENING_BOX, REGION_LABEL_BOX } from '../config.mjs';
import { shapeOf } from '../context.mjs';
import { areaKm2, boxPolygon, intersect, polygonsOf } from '../geom.mjs';
import { namesOf } from '../names.mjs';

/** @typedef {import('../geom.mjs').Areal} Areal */
/** @typedef {import('geojson').Position} Position */
/** @typedef {import('../points.mjs').PlainFeature} PlainFeature */

/**
 * The pole of inaccessibility of the largest part (polylabel), found on a plane scaled by cos(lat)
 * so that "farthest from the edge" is measured in ground distance rather than in degrees.
 * @param {Areal} g
 * @returns {Position}
 */
export function labelPoint(g) {
  const parts = polygonsOf(g).map((p) => ({ p, a: areaKm2({ type: 'Polygon', coordinates: p }) }));
  const largest = parts.sort((x, y) => y.a - x.a)[0]?.p;
  if (!largest) throw new Error('labelPoint: empty geometry');
  const outer = /** @type {Position[]} */ (largest[0]);
  const lat0 = outer.reduce((s, c) => s + /** @type {number} */ (c[1]), 0) / outer.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map((c) => [/** @type {number} */ (c[0]) * k, /** @type {number} */ (c[1])]));
  // 0.001° ≈ 100 m: far finer than any label needs, and fast on the largest outline.
  const [x, y] = /** @type {[number, number]} */ (polylabel(scaled, 0.001));
  return [x / k, y];
}

/**
 * @param {string} target id of the area feature
 * @param {Areal} g
 * @param {Record<string, unknown>} props kind, rank and the extra fields of this kind
 * @param {Record<string, string>} names
 * @returns {PlainFeature}
 */
function label(target, g, props, names) {
  return {
    id: `label-${target}`,
    properties: { ...props, target, ...names },
    geometry: { type: 'Point', coordinates: labelPoint(g) },
  };
}

/** @type {import('./index.mjs').GeoLayer} */
export default {
  file: 'labels.geojson',
  description: 'Label points of countries, regions, enclaves and named water bodies, computed inside each shape',
  // Placed inside the OSM outlines (countries, enclaves, lakes), so the ODbL applies.
  sources: ['osm-countries', 'osm-lakes', 'curated'],
  licence: 'ODbL-1.0',
  build(ctx) {
    /** @type {PlainFeature[]} */
    const out = [];
    for (const c of ctx.curated.countries) {
      const g = shapeOf(ctx, 'countries', c.a3, `country ${c.a3}`);
      const id = `country-${c.iso2.toLowerCase()}`;
      out.push(label(id, g, { kind: 'country', rank: 1, iso2: c.iso2 }, namesOf(c, id)));
      if (!LOCAL_LABEL_COUNTRIES.includes(c.iso2)) continue;
      // The same name again inside the opening frame, where the reader first looks.
      const local = intersect(g, boxPolygon(/** @type {[number, number, number, number]} */ (OPENING_BOX)));
      if (!local) throw new Error(`labels: ${c.iso2} does not reach the opening frame`);
      const point = label(id, local, { kind: 'country', rank: 1, iso2: c.iso2, scope: 'local' }, namesOf(c, id));
      out.push({ ...point, id: `label-local-${id}` });
    }
    for (const r of ctx.curated.regions) {
      const g = shapeOf(ctx, r.file, r.id, `region ${r.id}`);
      const whole = label(r.id, g, { kind: 'region', rank: 2 }, namesOf(r, r.id));
      const [lon, lat] = /** @type {[number, number]} */ (whole.geometry.coordinates);
      const [west, south, east, north] = OPENING_BOX;
      if (lon >= west && lon <= east && lat >= south && lat <= north) {
        out.push(whole);
        continue;
      }
      // Sughd's centre lies at the edge of the opening frame (under the panels): named there from
      // LOCAL_LABEL_ZOOM on, at its whole shape's centre below it.
      out.push({ ...whole, properties: { ...whole.properties, maxzoom: LOCAL_LABEL_ZOOM } });
      const local = intersect(g, boxPolygon(/** @type {[number, number, number, number]} */ (REGION_LABEL_BOX)));
      if (!local) throw new Error(`labels: ${r.id} does not reach the opening frame`);
      const point = label(r.id, local, { kind: 'region', rank: 2, scope: 'local', minzoom: LOCAL_LABEL_ZOOM }, namesOf(r, r.id));
      out.push({ ...point, id: `label-local-${r.id}` });
    }
    for (const { entry } of ctx.enclaves) {
      const g = shapeOf(ctx, 'enclaves', entry.id, `enclave ${entry.id}`);
      out.push(label(entry.id, g, { kind: 'enclave', rank: 3, owner: entry.owner }, namesOf(entry, entry.id)));
    }
    // An enclave without an open polygon is labelled at its own (approximate) point.
    for (const p of ctx.curated.enclaves.points) {
      out.push({
        id: `label-${p.id}`,
        properties: { kind: 'enclave', rank: 3, owner: p.owner, target: p.id, ...namesOf(p, p.id) },
        geometry: { type: 'Point', coordinates: p.coordinates },
      });
    }
    for (const w of ctx.water) {
      const g = shapeOf(ctx, 'water', w.id, `water ${w.id}`);
      const rank = areaKm2(g) >= LARGE_WATER_KM2 ? 4 : 5;
      out.push(label(w.id, g, { kind: 'water', rank }, namesOf(/** @type {any} */ (w.entry), w.id)));
    }
    return out;
  },
};
