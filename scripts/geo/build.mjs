// Builds public/geo/*.geojson and public/geo/meta.json from registry packages (see docs/GEO.md).
// Run with `npm run build` in scripts/geo (or `npm run data:geo` at the repository root).

import fs from 'node:fs';
import path from 'node:path';
import {
  COUNTRY_A3,
  DECIMALS,
  ENCLAVE_SHARE,
  FOCUS_BOX,
  GEO_DIR,
  MIN_LAKE_KM2,
  OUT_DIR,
  REGION_BOX,
  REGION_GROW_KM,
  SIMPLIFY_FAR_M,
  SIMPLIFY_NEAR_M,
} from './config.mjs';
import { clipCountries, separateEnclaves } from './countries.mjs';
import { nameEnclaves } from './enclaves.mjs';
import { areaKm2, boxPolygon, difference, inBox, intersect, roundGeometry } from './geom.mjs';
import { buildMeta } from './meta.mjs';
import { namesOf } from './names.mjs';
import { fixPinches } from './pinches.mjs';
import { buildBorderFeature, buildCheckpoints, buildTowns, deriveTrijunction, joinBorder } from './points.mjs';
import { deriveRegion } from './regions.mjs';
import { outFeature, writeCollection, writeJson } from './serialize.mjs';
import { simplifyTogether } from './simplify.mjs';
import { loadGeoNames, loadNeRegion, loadOsmCountries, loadOsmLakes, packageInfo } from './sources.mjs';
import { selectWater } from './water.mjs';

/** @typedef {import('./geom.mjs').Areal} Areal */
/** @typedef {import('./simplify.mjs').SimplifyFeature} SimplifyFeature */

/** @param {string} name */
function readCurated(name) {
  return JSON.parse(fs.readFileSync(path.join(GEO_DIR, name), 'utf8'));
}

const started = Date.now();
/** @param {string} msg */
function log(msg) {
  console.log(`[geo ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
}

async function main() {
  const countryNames = readCurated('countries.json').countries;
  /** @type {Record<string, string>} */
  const a3ToIso2 = Object.fromEntries(countryNames.map((/** @type {{a3: string, iso2: string}} */ c) => [c.a3, c.iso2]));
  const regionDefs = readCurated('regions.json').regions;
  const enclaveDefs = readCurated('enclaves.json');
  const waterDefs = readCurated('water.json').named;
  const townDefs = readCurated('towns.json').towns;
  const checkpointDefs = readCurated('checkpoints.json').checkpoints;

  // 1. Countries from OSM: clip, drop lake holes, find enclaves and cut them out of their hosts.
  const osm = loadOsmCountries(COUNTRY_A3, REGION_BOX);
  log('loaded OSM countries');
  const { countries, enclaves } = separateEnclaves(clipCountries(osm, REGION_BOX), ENCLAVE_SHARE);
  const named = nameEnclaves(enclaves, enclaveDefs.polygons, a3ToIso2, enclaveDefs.hint_km);
  log(`countries clipped; ${named.length} enclaves found`);

  // 2. Batken and Sughd: OSM national border, Natural Earth internal border.
  const regions = regionDefs.map((/** @type {any} */ r) => ({
    def: r,
    geometry: deriveRegion({
      neRegion: loadNeRegion(r.ne_code),
      neNeighbours: r.ne_neighbours.map(loadNeRegion),
      country: /** @type {Areal} */ (countries.get(r.country_a3)),
      growKm: REGION_GROW_KM,
    }),
  }));
  log('regions derived');

  // 3. Water.
  const water = selectWater(loadOsmLakes(REGION_BOX), waterDefs, FOCUS_BOX, MIN_LAKE_KM2);
  log(`${water.length} water bodies`);

  // 4. One simplification pass over all polygons (shared borders stay identical).
  const focus = boxPolygon(FOCUS_BOX);
  /** @type {SimplifyFeature[]} */
  const input = [];
  /**
   * @param {string} layer
   * @param {string} key
   * @param {Areal | null} g
   * @param {number} tol
   */
  const add = (layer, key, g, tol) => {
    const r = roundGeometry(g, 7);
    if (r) input.push({ type: 'Feature', properties: { layer, key, tol }, geometry: r });
  };
  for (const [a3, g] of countries) {
    add('countries', a3, intersect(g, focus), SIMPLIFY_NEAR_M);
    add('countries', a3, difference(g, focus), SIMPLIFY_FAR_M);
  }
  // Regions and enclaves share arcs with the countries; they must lie wholly in the focus box, or the
  // box's cut line would split a country arc that the region does not split.
  for (const r of regions) {
    if (!inBox(r.geometry, FOCUS_BOX)) throw new Error(`${r.def.id} reaches outside FOCUS_BOX`);
    add(r.def.file, r.def.id, r.geometry, SIMPLIFY_NEAR_M);
  }
  for (const { entry, enclave } of named) {
    if (!inBox(enclave.geometry, FOCUS_BOX)) throw new Error(`${entry.id} reaches outside FOCUS_BOX`);
    add('enclaves', entry.id, enclave.geometry, SIMPLIFY_NEAR_M);
  }
  for (const w of water) add('water', w.id, w.geometry, inBox(w.geometry, FOCUS_BOX) ? SIMPLIFY_NEAR_M : SIMPLIFY_FAR_M);
  const layers = ['countries', ...regions.map((r) => r.def.file), 'enclaves', 'water'];
  const simplified = await simplifyTogether({
    features: input,
    layers,
    decimals: DECIMALS,
    borderWhere: "(A.key=='KGZ'&&B.key=='TJK')||(A.key=='TJK'&&B.key=='KGZ')",
  });
  log('simplified');

  // 5. Output layers.
  /** @type {Record<string, import('./points.mjs').PlainFeature[]>} */
  const out = {};
  /** @param {string} name */
  const polygonsOfLayer = (name) =>
    /** @type {import('geojson').Feature<Areal, { key: string }>[]} */ (/** @type {any} */ (simplified[name]).features).map(
      (f) => ({
        ...f,
        geometry: fixPinches(f.geometry, (m) => log(`${name} ${f.properties.key}: ${m}`)),
      }),
    );
  const countryDefs = Object.fromEntries(countryNames.map((/** @type {any} */ c) => [c.a3, c]));
  const countryFeatures = polygonsOfLayer('countries');
  out.countries = countryFeatures.map((f) => {
    const c = countryDefs[f.properties.key];
    return {
      id: `country-${c.iso2.toLowerCase()}`,
      properties: { kind: 'country', iso2: c.iso2, iso3: c.a3, ...namesOf(c, `country ${c.a3}`) },
      geometry: f.geometry,
    };
  });
  for (const r of regions) {
    const [f] = polygonsOfLayer(r.def.file);
    if (!f) throw new Error(`region ${r.def.id} lost in simplification`);
    out[r.def.file] = [
      {
        id: r.def.id,
        properties: {
          kind: 'region',
          country: r.def.iso2,
          iso_3166_2: r.def.iso_3166_2,
          wikidata: r.def.wikidata,
          area_km2: Math.round(areaKm2(f.geometry)),
          ...namesOf(r.def, `region ${r.def.id}`),
          note: 'National border from OpenStreetMap; internal border from Natural Earth (1:10M, off by up to several km); enclaves of other countries are holes.',
        },
        geometry: f.geometry,
      },
    ];
  }
  const enclaveGeoms = Object.fromEntries(polygonsOfLayer('enclaves').map((f) => [f.properties.key, f.geometry]));
  out.enclaves = [
    ...named.map(({ entry }) => {
      const g = enclaveGeoms[entry.id];
      if (!g) throw new Error(`enclave ${entry.id} lost in simplification`);
      return {
        id: entry.id,
        properties: {
          kind: 'enclave',
          owner: entry.owner,
          host: entry.host,
          area_km2: Math.round(areaKm2(g) * 100) / 100,
          precision: 'mapped',
          position_source: 'OpenStreetMap outline (pre-2025 treaty)',
          note: entry.note,
          ...namesOf(entry, `enclave ${entry.id}`),
        },
        geometry: g,
      };
    }),
    ...enclaveDefs.points.map((/** @type {any} */ p) => ({
      id: p.id,
      properties: {
        kind: 'enclave',
        owner: p.owner,
        host: p.host,
        area_km2: null,
        precision: p.precision,
        position_source: p.position_source,
        note: p.note,
        ...namesOf(p, `enclave ${p.id}`),
      },
      geometry: { type: 'Point', coordinates: p.coordinates },
    })),
  ];
  const waterGeoms = Object.fromEntries(polygonsOfLayer('water').map((f) => [f.properties.key, f.geometry]));
  out.water = water.map((w) => {
    const g = waterGeoms[w.id];
    if (!g) throw new Error(`water ${w.id} lost in simplification`);
    const e = w.entry;
    return {
      id: w.id,
      properties: {
        kind: e ? e.kind : 'lake',
        country: e ? e.country : undefined,
        area_km2: Math.round(areaKm2(g) * 10) / 10,
        geometry_note: e?.geometry_note,
        ...(e ? namesOf(/** @type {any} */ (e), `water ${w.id}`) : {}),
      },
      geometry: g,
    };
  });

  const borderGeom = /** @type {any} */ (simplified.border).features[0]?.geometry;
  if (!borderGeom) throw new Error('no KG–TJ border found');
  const border = joinBorder(borderGeom);
  out.border = [
    buildBorderFeature(
      border,
      'Shared edge of the OpenStreetMap outlines of Kyrgyzstan and Tajikistan (mainland border plus the boundary of the Tajik exclave Vorukh), simplified with the polygons. As mapped before the 13 March 2025 treaty.',
    ),
  ];
  log(`border ${out.border[0]?.properties.length_km} km in ${border.length} lines`);

  const uzb = /** @type {Areal} */ (countryFeatures.find((f) => f.properties.key === 'UZB')?.geometry);
  const tri = deriveTrijunction(border, uzb);
  out.trijunction = [
    {
      id: 'tri-junction-kg-tj-uz',
      properties: {
        kind: 'tripoint',
        countries: 'KG-TJ-UZ',
        precision: 'derived',
        position_source:
          'Computed: the end of the KG–TJ border line (border.geojson) that lies on the Uzbek outline, i.e. where the OpenStreetMap outlines of the three countries meet.',
        note: 'Where Batken (KG), Isfara / Sughd (TJ) and Fergana (UZ) meet, as mapped before the 2025 treaty. No published coordinate of the agreed junction point or of the Friendship stele exists; the 2025 agreement may have moved the point.',
        related_event_ids: ['khujand-trilateral-summit-2025-03-31', 'friendship-stele-tri-junction-2025-03-31'],
        name_en: 'Kyrgyzstan–Tajikistan–Uzbekistan junction',
        name_ru: 'Стык границ Кыргызстана, Таджикистана и Узбекистана',
        name_ky: 'Кыргызстан, Тажикстан жана Өзбекстандын чек аралары кошулган жер',
        name_tg: 'Нуқтаи пайвастшавии сарҳадҳои Тоҷикистон, Қирғизистон ва Ӯзбекистон',
        name_uz: 'Qirgʻiziston, Tojikiston va Oʻzbekiston chegaralari tutashgan joy',
      },
      geometry: { type: 'Point', coordinates: tri.point },
    },
  ];

  const { rows, dataDate } = loadGeoNames(
    townDefs.filter((/** @type {any} */ t) => t.geonames_id !== null).map((/** @type {any} */ t) => t.geonames_id),
  );
  out.towns = buildTowns(townDefs, rows, (m) => log(`note: ${m}`));
  out.checkpoints = buildCheckpoints(checkpointDefs, border, DECIMALS);

  // 6. Write, every layer sorted by id.
  const descriptions = {
    batken: [
      'Batken Region (KG-B), enclaves of other countries as holes',
      ['osm-countries', 'natural-earth-admin1', 'curated'],
      'ODbL-1.0',
    ],
    sughd: [
      'Sughd Region (TJ-SU), with its exclaves Vorukh and Sarvan',
      ['osm-countries', 'natural-earth-admin1', 'curated'],
      'ODbL-1.0',
    ],
    enclaves: [
      'Enclaves of the Fergana valley rim (polygons) and Western Qalacha (approximate point)',
      ['osm-countries', 'curated'],
      'ODbL-1.0',
    ],
    border: ['Kyrgyzstan–Tajikistan international border (mainland and Vorukh)', ['osm-countries'], 'ODbL-1.0'],
    countries: ['Countries clipped to the map box (basemap)', ['osm-countries', 'curated'], 'ODbL-1.0'],
    water: ['Lakes and reservoirs', ['osm-lakes', 'curated'], 'ODbL-1.0'],
    towns: ['Towns and villages', ['geonames', 'curated'], 'CC-BY-4.0'],
    checkpoints: [
      'Kyrgyz–Tajik road crossings, positions inferred where no coordinate is published',
      ['curated', 'osm-countries'],
      'ODbL-1.0',
    ],
    trijunction: [
      'Kyrgyzstan–Tajikistan–Uzbekistan junction point, computed from the country outlines',
      ['osm-countries'],
      'ODbL-1.0',
    ],
  };
  /** @type {import('./meta.mjs').LayerInfo[]} */
  const layerInfo = [];
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, [description, sources, licence]] of Object.entries(descriptions)) {
    const feats = /** @type {import('./points.mjs').PlainFeature[]} */ (out[name])
      .slice()
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((f) => outFeature(f.id, f.properties, f.geometry, DECIMALS));
    writeCollection(path.join(OUT_DIR, `${name}.geojson`), feats);
    layerInfo.push({
      file: `${name}.geojson`,
      description: /** @type {string} */ (description),
      sources: /** @type {string[]} */ (sources),
      licence: /** @type {string} */ (licence),
      features: feats.length,
    });
  }
  const meta = buildMeta({
    layers: layerInfo,
    geonamesDate: dataDate,
    build: {
      script: 'scripts/geo/build.mjs',
      region_box: REGION_BOX,
      focus_box: FOCUS_BOX,
      simplify: {
        method: 'Douglas–Peucker, one mapshaper pass over all polygon layers',
        near_m: SIMPLIFY_NEAR_M,
        far_m: SIMPLIFY_FAR_M,
      },
      decimals: DECIMALS,
      tools: Object.fromEntries(['mapshaper', '@turf/turf'].map((n) => [n, packageInfo(n).version])),
    },
  });
  writeJson(path.join(OUT_DIR, 'meta.json'), meta);
  log(`wrote ${layerInfo.length} layers and meta.json to ${path.relative(process.cwd(), OUT_DIR)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
