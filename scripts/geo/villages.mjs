// Villages of the border area from GeoNames cities500. GeoNames' alternate names in cities500 carry
// no language tags, so a language is given to a name only where its script says so unambiguously
// (rules in villageNames); otherwise the name is left out and the app falls back to name_en.

import * as turf from '@turf/turf';

/** @typedef {import('./sources.mjs').GeoNamesRow} GeoNamesRow */
/** @typedef {import('./points.mjs').PlainFeature} PlainFeature */
/** @typedef {import('geojson').Position} Position */

/** Feature codes that are not a village of their own: part of a city, historical, abandoned, destroyed. */
const NOT_A_PLACE = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const CYRILLIC_WORD = /^[\u0400-\u04FF][\u0400-\u04FF\- ]*$/;
/** Letters only Tajik uses among the region's Cyrillic alphabets (Uzbek Cyrillic shares ғ қ ҳ, hence the country test). */
const TAJIK = /[ҷӣӯҳқғҶӢӮҲҚҒ]/;
/** Letters of Kyrgyz Cyrillic that Russian lacks. */
const KYRGYZ = /[ңөүҢӨҮ]/;
/** Any letter outside the Russian alphabet (Kyrgyz, Tajik, Uzbek, Kazakh, Ukrainian...). */
const NON_RUSSIAN = /[^А-Яа-яЁё\- ]/;

/**
 * The one alternate name matching `test`, or undefined when there is none or more than one.
 * @param {string[]} names
 * @param {(s: string) => boolean} test
 */
function only(names, test) {
  const hits = [...new Set(names.filter(test))];
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Names of a village from GeoNames, with the language decided by script alone:
 * name_en = the GeoNames main name (its romanisation); name_ru = the only Cyrillic alternate written
 * with Russian letters alone; name_ky (villages in KG) / name_tg (in TJ) = the only Cyrillic alternate
 * with Kyrgyz / Tajik letters; name_uz (villages in UZ) = the main name, which GeoNames gives in Uzbek
 * Latin there (its ‘ written as ʻ, U+02BB, as in the rest of the data).
 * @param {GeoNamesRow} row
 * @param {string | null} country ISO2
 * @returns {Record<string, string>}
 */
export function villageNames(row, country) {
  const cyr = row.alternateNames.filter((s) => CYRILLIC_WORD.test(s));
  /** @type {Record<string, string | undefined>} */
  const names = {
    name_en: row.name,
    name_ru: only(cyr, (s) => !NON_RUSSIAN.test(s)),
    name_ky: country === 'KG' ? only(cyr, (s) => KYRGYZ.test(s)) : undefined,
    name_tg: country === 'TJ' ? only(cyr, (s) => TAJIK.test(s) && !KYRGYZ.test(s)) : undefined,
    name_uz: country === 'UZ' && !/[\u0400-\u04FF]/.test(row.name) ? row.name.replace(/[‘`']/g, 'ʻ') : undefined,
  };
  return /** @type {Record<string, string>} */ (Object.fromEntries(Object.entries(names).filter(([, v]) => v)));
}

/**
 * 4 for a village of at least `smallPop` people, 5 for a smaller one. GeoNames often has no
 * population (0) for district seats (PPLA2) such as Ghonchi; a seat gets 4 rather than be hidden as
 * if it were a hamlet.
 * @param {GeoNamesRow} r
 * @param {number} smallPop
 */
export function villageRank(r, smallPop) {
  if (r.population >= smallPop) return 4;
  return r.population === 0 && r.featureCode === 'PPLA2' ? 4 : 5;
}

/**
 * @param {object} args
 * @param {GeoNamesRow[]} args.rows GeoNames rows in the village box
 * @param {Set<number>} args.townIds GeoNames ids already in towns.geojson (left out here)
 * @param {(p: Position) => string | null} args.countryAt
 * @param {number} args.smallPop villages below this population get rank 5
 * @param {number} args.dedupeKm same-name rows closer than this are one village
 * @param {(msg: string) => void} args.log
 * @returns {PlainFeature[]}
 */
export function buildVillages({ rows, townIds, countryAt, smallPop, dedupeKm, log }) {
  const candidates = rows
    .filter((r) => !townIds.has(r.geonameId) && !NOT_A_PLACE.has(r.featureCode))
    // Largest first, so a duplicate is always dropped in favour of the more populous row.
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  /** @type {GeoNamesRow[]} */
  const kept = [];
  for (const r of candidates) {
    const dup = kept.find(
      (k) => k.name.toLowerCase() === r.name.toLowerCase() && turf.distance([k.lon, k.lat], [r.lon, r.lat]) < dedupeKm,
    );
    if (dup) log(`village ${r.geonameId} ${r.name}: duplicate of ${dup.geonameId}, dropped`);
    else kept.push(r);
  }
  let mismatched = 0;
  /** @type {PlainFeature[]} */
  const features = kept.map((r) => {
    const country = countryAt([r.lon, r.lat]);
    if (country !== r.countryCode) mismatched += 1;
    return {
      id: `gn-${r.geonameId}`,
      properties: {
        kind: 'village',
        ...villageNames(r, country),
        population: r.population > 0 ? r.population : undefined,
        rank: villageRank(r, smallPop),
        country: country ?? r.countryCode,
        geonames_country: country !== r.countryCode ? r.countryCode : undefined,
        precision: 'exact',
        position_source: 'GeoNames',
        geonames_id: r.geonameId,
      },
      geometry: { type: /** @type {const} */ ('Point'), coordinates: [r.lon, r.lat] },
    };
  });
  log(
    `${features.length} villages (${candidates.length - kept.length} duplicates dropped; ${mismatched} where GeoNames' country differs from the polygon the point is in)`,
  );
  return features;
}
