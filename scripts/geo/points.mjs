// Point layers (towns, checkpoints, tri-junction) and the border line, all computed from the
// simplified polygons so that every point relates to the lines the map actually draws.

import * as turf from '@turf/turf';
import { joinLines, lengthKm, nearestOnLines } from './lines.mjs';
import { namesMissingInGeoNames, namesOf } from './names.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('./sources.mjs').GeoNamesRow} GeoNamesRow */
/** @typedef {import('./geom.mjs').Areal} Areal */
/** @typedef {{ id: string, properties: Record<string, unknown>, geometry: import('geojson').Geometry }} PlainFeature */

/**
 * The Kyrgyz–Tajik border as continuous lines, longest first.
 * @param {import('geojson').MultiLineString | import('geojson').LineString} g mapshaper's shared arcs
 * @returns {Position[][]}
 */
export function joinBorder(g) {
  const pieces = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return joinLines(pieces).sort((a, b) => lengthKm([b]) - lengthKm([a]));
}

/**
 * @param {Position[][]} lines
 * @param {string} note
 * @returns {PlainFeature}
 */
export function buildBorderFeature(lines, note) {
  const closed = lines.filter((l) =>
    turf.booleanEqual(turf.point(/** @type {Position} */ (l[0])), turf.point(/** @type {Position} */ (l[l.length - 1]))),
  );
  const open = lines.filter((l) => !closed.includes(l));
  return {
    id: 'border-kg-tj',
    properties: {
      kind: 'international-border',
      countries: 'KG-TJ',
      length_km: Math.round(lengthKm(lines) * 10) / 10,
      length_km_mainland: Math.round(lengthKm(open) * 10) / 10,
      length_km_exclaves: Math.round(lengthKm(closed) * 10) / 10,
      name_en: 'Kyrgyzstan–Tajikistan border',
      name_ru: 'Кыргызско-таджикская граница',
      name_ky: 'Кыргызстан–Тажикстан чек арасы',
      name_tg: 'Сарҳади Тоҷикистону Қирғизистон',
      name_uz: 'Qirgʻiziston–Tojikiston chegarasi',
      note,
    },
    geometry:
      lines.length === 1
        ? { type: 'LineString', coordinates: /** @type {Position[]} */ (lines[0]) }
        : { type: 'MultiLineString', coordinates: lines },
  };
}

/**
 * The KG–TJ–UZ junction: the end of a KG–TJ border line that lies on Uzbekistan's outline.
 * Computed, never typed in: it moves with the source data.
 * @param {Position[][]} border
 * @param {Areal} uzbekistan
 * @returns {{ point: Position, kmToUz: number }}
 */
export function deriveTrijunction(border, uzbekistan) {
  const ends = border.flatMap((l) => [/** @type {Position} */ (l[0]), /** @type {Position} */ (l[l.length - 1])]);
  const scored = ends
    .map((p) => ({ point: p, kmToUz: Math.abs(turf.pointToPolygonDistance(turf.point(p), uzbekistan, { units: 'kilometers' })) }))
    .sort((a, b) => a.kmToUz - b.kmToUz);
  const best = scored[0];
  if (!best || best.kmToUz > 0.05) throw new Error(`no KG–TJ border end touches Uzbekistan (closest ${best?.kmToUz} km)`);
  const second = scored.find((s) => s.point[0] !== best.point[0] || s.point[1] !== best.point[1]);
  if (second && second.kmToUz < 1) throw new Error('more than one KG–TJ–UZ junction candidate');
  return best;
}

/**
 * A function giving the ISO2 code of the country polygon a point lies in (null outside all of them).
 * Enclaves are parts of their owner's polygon, so a point in Sokh gives UZ.
 * @param {Map<string, Areal>} countries simplified country polygons by ISO alpha-3
 * @param {Record<string, string>} a3ToIso2
 * @returns {(p: Position) => string | null}
 */
export function countryLocator(countries, a3ToIso2) {
  const list = [...countries].map(([a3, g]) => ({ iso2: a3ToIso2[a3] ?? null, f: turf.feature(g), bbox: turf.bbox(g) }));
  return (p) => {
    const [x, y] = /** @type {[number, number]} */ (p);
    for (const c of list) {
      if (x < c.bbox[0] || x > c.bbox[2] || y < c.bbox[1] || y > c.bbox[3]) continue;
      if (turf.booleanPointInPolygon(p, c.f)) return c.iso2;
    }
    return null;
  };
}

/**
 * @param {any[]} defs towns.json entries
 * @param {Map<number, GeoNamesRow>} rows
 * @param {(p: Position) => string | null} countryAt see countryLocator
 * @param {(msg: string) => void} warn
 * @returns {PlainFeature[]}
 */
export function buildTowns(defs, rows, countryAt, warn) {
  return defs.map((d) => {
    const names = namesOf(d, `town ${d.id}`);
    /** @type {Position} */
    let coords;
    /** @type {Record<string, unknown>} */
    const extra = {};
    if (d.geonames_id !== null) {
      const row = /** @type {GeoNamesRow} */ (rows.get(d.geonames_id));
      if (row.countryCode !== d.country) throw new Error(`town ${d.id}: GeoNames country ${row.countryCode} ≠ ${d.country}`);
      coords = [row.lon, row.lat];
      const missing = namesMissingInGeoNames(names, row);
      if (missing.length) warn(`town ${d.id}: names not among GeoNames names of ${row.name}: ${missing.join(', ')}`);
      extra.geonames_name = row.name;
      extra.population = row.population > 0 ? row.population : undefined;
      extra.precision = 'exact';
      extra.position_source = `GeoNames ${d.geonames_id}`;
    } else {
      coords = d.coordinates;
      extra.precision = d.precision;
      extra.position_source = d.position_source;
    }
    // The curated country is the one the place belongs to; a point that falls across the drawn
    // border (maksat) is a known limit of the coordinate or of the pre-treaty line, not a new fact.
    const located = countryAt(coords);
    if (located !== d.country)
      warn(`town ${d.id}: curated country ${d.country}, but the point lies in ${located ?? 'no country'}`);
    return {
      id: d.id,
      properties: {
        ...names,
        ...extra,
        geonames_id: d.geonames_id,
        country: d.country,
        kind: d.kind,
        rank: d.rank,
        capital: d.capital,
        note: d.note,
      },
      geometry: { type: 'Point', coordinates: coords },
    };
  });
}

/**
 * Places each checkpoint by its documented method (see checkpoints.json).
 * @param {any[]} defs
 * @param {Position[][]} border
 * @param {number} decimals
 * @returns {PlainFeature[]}
 */
export function buildCheckpoints(defs, border, decimals) {
  const borderFeature = turf.multiLineString(border);
  /** @param {Position} p */
  const fmt = (p) => `${p[1].toFixed(decimals)}N ${p[0].toFixed(decimals)}E`;
  /** @param {Position} a @param {Position} b */
  const km = (a, b) => turf.distance(a, b, { units: 'kilometers' }).toFixed(1);
  return defs.map((d) => {
    /** @type {Position} */
    let coords;
    let precision;
    let source;
    if (d.method === 'as-given') {
      coords = d.coordinates;
      precision = d.precision;
      source = d.position_source;
    } else if (d.method === 'line-crossing') {
      const hits = turf.lineIntersect(turf.lineString([d.from, d.to]), borderFeature).features;
      if (hits.length !== 1) throw new Error(`checkpoint ${d.id}: line crosses the border ${hits.length} times, expected 1`);
      coords = /** @type {import('geojson').Feature<import('geojson').Point>} */ (hits[0]).geometry.coordinates;
      precision = 'inferred';
      source =
        `Where the straight line from ${d.from_source} to ${d.to_source} crosses border.geojson (the road runs that way; ` +
        `the road itself is not in any open package). Earlier estimate ${fmt(d.estimate)} is ${km(d.estimate, coords)} km away.`;
    } else if (d.method === 'nearest-border-point') {
      const near = nearestOnLines(border, d.anchor);
      coords = near.point;
      precision = 'inferred';
      source =
        `Point of border.geojson nearest to ${d.anchor_source} (${near.km.toFixed(1)} km from it). ` +
        `Earlier estimate ${fmt(d.estimate)} is ${km(d.estimate, coords)} km away.`;
    } else {
      throw new Error(`checkpoint ${d.id}: unknown method ${d.method}`);
    }
    /** @type {Record<string, unknown>} */
    const props = {
      kind: 'road-crossing',
      name_en: `${d.kg_name_en} – ${d.tj_name_en}`,
      name_ru: `${d.kg_name_ru} – ${d.tj_name_ru}`,
      precision,
      position_source: source,
      placement: d.method,
      basis: d.basis,
      kg_district: d.kg_district,
      tj_district: d.tj_district,
    };
    for (const k of Object.keys(d)) if (/^(kg|tj)_name_/.test(k)) props[k] = d[k];
    // A pair label in ky/tg/uz when either side has a name in that language; the other side falls
    // back as map labels do (Cyrillic languages to Russian, Uzbek to English), so one label never mixes scripts.
    for (const [lang, fallback] of [
      ['ky', 'ru'],
      ['tg', 'ru'],
      ['uz', 'en'],
    ]) {
      const kg = d[`kg_name_${lang}`];
      const tj = d[`tj_name_${lang}`];
      if (kg || tj) props[`name_${lang}`] = `${kg ?? d[`kg_name_${fallback}`]} – ${tj ?? d[`tj_name_${fallback}`]}`;
    }
    return { id: d.id, properties: props, geometry: { type: 'Point', coordinates: coords } };
  });
}
