// The context layers of "Cartography: a map that explains the place": the three countries whole,
// a label inside every named area, capitals and cities, and the villages of the border area.

import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BORDER_AREA_BOUNDS } from '../../../src/map/initialView';
import { LOCAL_COUNTRY_LABEL_ZOOM } from '../../../src/map/style/labelLayers';
import { type Areal, country, GEO_DIR, type GeoFeature, type LayerName, readLayer } from './geoFiles';

type Box = [number, number, number, number];
const meta = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'meta.json'), 'utf8'));
const regionBox = meta.build.region_box as Box;
const villageBox = meta.build.village_box as Box;

const inBox = ([lon, lat]: Position, b: Box) =>
  lon !== undefined && lat !== undefined && lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
const coords = (f: GeoFeature) => (f.geometry as Point).coordinates;
const countries = readLayer('countries').features as unknown as Feature<Areal, { iso2: string }>[];

/** ISO2 of the country polygon holding the point (enclaves are parts of their owner). */
function countryAt(p: Position): string | null {
  const hit = countries.find((c) => turf.booleanPointInPolygon(p, c));
  return hit ? hit.properties.iso2 : null;
}

describe('countries box', () => {
  it('is the agreed box, and every country is clipped to it', () => {
    expect(regionBox).toEqual([55.5, 35, 81, 52]);
    for (const c of countries) {
      const [w, s, e, n] = turf.bbox(c);
      expect(w >= regionBox[0] && s >= regionBox[1] && e <= regionBox[2] && n <= regionBox[3], c.properties.iso2).toBe(true);
    }
  });

  it.each(['KG', 'TJ', 'UZ'])('%s lies whole inside the box (its outline never meets the box edge)', (iso2) => {
    const [w, s, e, n] = turf.bbox(country(iso2));
    expect(w).toBeGreaterThan(regionBox[0] + 0.1);
    expect(s).toBeGreaterThan(regionBox[1] + 0.1);
    expect(e).toBeLessThan(regionBox[2] - 0.1);
    expect(n).toBeLessThan(regionBox[3] - 0.1);
  });

  it('has every neighbour that reaches into the box', () => {
    expect(countries.map((c) => c.properties.iso2).sort()).toEqual([
      'AF',
      'CN',
      'IN',
      'IR',
      'KG',
      'KZ',
      'PK',
      'RU',
      'TJ',
      'TM',
      'UZ',
    ]);
  });
});

describe('labels', () => {
  const labels = readLayer('labels').features;
  const areaLayers: LayerName[] = ['countries', 'batken', 'sughd', 'enclaves', 'water'];
  const targets = new Map(
    areaLayers.flatMap((l) => readLayer(l).features.map((f) => [f.id as string, { layer: l, f }] as const)),
  );
  const RANK: Record<string, number[]> = { country: [1], region: [2], enclave: [3], water: [4, 5] };

  const whole = labels.filter((l) => l.properties.scope !== 'local');
  const local = labels.filter((l) => l.properties.scope === 'local');

  it('names every area feature exactly once, with id label-<target>', () => {
    const byTarget = whole.map((l) => l.properties.target);
    expect([...byTarget].sort()).toEqual([...targets.keys()].sort());
    for (const l of whole) expect(l.id).toBe(`label-${l.properties.target}`);
  });

  it('names Kyrgyzstan, Tajikistan, Uzbekistan and Sughd again inside the frame the app opens on', () => {
    expect(local.map((l) => l.id)).toEqual([
      'label-local-country-kg',
      'label-local-country-tj',
      'label-local-country-uz',
      'label-local-region-sughd',
    ]);
    // The whole-shape point of a region named locally gives way to the local one as the map zooms in.
    const sughd = whole.find((l) => l.properties.target === 'region-sughd');
    const sughdLocal = local.find((l) => l.properties.target === 'region-sughd');
    expect(sughd?.properties.maxzoom).toBe(sughdLocal?.properties.minzoom);
    // …at the zoom where the style switches the countries to their local points too.
    expect(sughdLocal?.properties.minzoom).toBe(LOCAL_COUNTRY_LABEL_ZOOM);
    const [west, south, east, north] = BORDER_AREA_BOUNDS;
    for (const l of local) {
      const [lon = Number.NaN, lat = Number.NaN] = coords(l);
      expect(lon >= west && lon <= east && lat >= south && lat <= north, String(l.id)).toBe(true);
    }
  });

  it.each(labels.map((l) => [l.id, l] as const))('%s lies inside the shape it names', (_id, l) => {
    const t = targets.get(l.properties.target as string);
    expect(t).toBeDefined();
    if (!t) return;
    if (t.f.geometry.type === 'Point') expect(coords(l)).toEqual(t.f.geometry.coordinates);
    else expect(turf.booleanPointInPolygon(coords(l), t.f as Feature<Areal>)).toBe(true);
  });

  it('carries kind, rank, names and the country codes of its target', () => {
    for (const l of labels) {
      const p = l.properties;
      const t = targets.get(p.target as string)?.f.properties;
      expect(RANK[p.kind as string], `${l.id} kind ${p.kind}`).toBeDefined();
      expect(RANK[p.kind as string], `${l.id} rank`).toContain(p.rank);
      expect(p.name_en, String(l.id)).toBe(t?.name_en);
      expect(p.name_ru, String(l.id)).toBe(t?.name_ru);
      if (p.kind === 'country') expect(p.iso2, String(l.id)).toBe(t?.iso2);
      if (p.kind === 'enclave') expect(p.owner, String(l.id)).toBe(t?.owner);
    }
  });

  it('ranks water by size: the large lakes 4, the small reservoirs 5', () => {
    const rank = (id: string) => labels.find((l) => l.properties.target === id)?.properties.rank;
    expect(rank('issyk-kul-lake')).toBe(4);
    expect(rank('tortkul-reservoir')).toBe(5);
  });

  it('labels the Tortkul reservoir, the unlabelled triangle of the issue', () => {
    expect(labels.some((l) => l.properties.target === 'tortkul-reservoir')).toBe(true);
  });
});

describe('towns', () => {
  const towns = readLayer('towns').features;
  const town = (id: string) => towns.find((t) => t.id === id);

  it('every town has an integer rank 1–4 and an ISO2 country', () => {
    for (const t of towns) {
      expect([1, 2, 3, 4], `${t.id} rank`).toContain(t.properties.rank);
      expect(String(t.properties.country), `${t.id} country`).toMatch(/^[A-Z]{2}$/);
    }
  });

  it.each([
    ['bishkek', 'KG'],
    ['dushanbe', 'TJ'],
    ['tashkent', 'UZ'],
    ['astana', 'KZ'],
  ])('%s is a national capital of rank 1 inside %s', (id, iso2) => {
    const t = town(id);
    expect(t?.properties.rank).toBe(1);
    expect(t?.properties.capital).toBe('country');
    expect(t?.properties.country).toBe(iso2);
    if (t) expect(countryAt(coords(t))).toBe(iso2);
  });

  it('rank 1 is exactly the national capitals; a region capital has rank 2', () => {
    for (const t of towns) {
      expect(t.properties.rank === 1, `${t.id}`).toBe(t.properties.capital === 'country');
      if (t.properties.capital === 'region') expect(t.properties.rank, `${t.id}`).toBe(2);
    }
  });

  it("the Uzbek Guliston (Sirdaryo's capital) is not the Tajik Guliston (Kayrakkum)", () => {
    const uz = town('guliston-syrdarya');
    const tj = town('guliston-kayrakkum');
    expect(uz?.properties.geonames_id).not.toBe(tj?.properties.geonames_id);
    if (uz && tj) {
      expect(countryAt(coords(uz))).toBe('UZ');
      expect(countryAt(coords(tj))).toBe('TJ');
    }
  });

  it('the country of a town is the polygon it lies in (maksat: documented exception)', () => {
    const off = towns.filter((t) => countryAt(coords(t)) !== t.properties.country).map((t) => t.id);
    expect(off).toEqual(['maksat']);
  });
});

describe('villages', () => {
  const villages = readLayer('villages').features;
  const townIds = new Set(readLayer('towns').features.map((t) => t.properties.geonames_id));

  it('has the GeoNames places of the border area', () => {
    expect(villages.length).toBeGreaterThan(40);
  });

  it('every village lies in the village box and inside the countries box', () => {
    for (const v of villages) {
      expect(inBox(coords(v), villageBox), `${v.id}`).toBe(true);
      expect(inBox(coords(v), regionBox), `${v.id}`).toBe(true);
    }
  });

  it('every village is a GeoNames place with id gn-<geonames_id>, not already a town', () => {
    for (const v of villages) {
      const p = v.properties;
      expect(v.id).toBe(`gn-${p.geonames_id}`);
      expect(townIds.has(p.geonames_id), `${v.id} is also a town`).toBe(false);
      expect(p.precision).toBe('exact');
      expect(p.position_source).toBe('GeoNames');
      expect([4, 5], `${v.id} rank`).toContain(p.rank);
      expect(typeof p.name_en === 'string' && p.name_en.length > 0, `${v.id} name_en`).toBe(true);
    }
  });

  it('the country of a village is the polygon it lies in', () => {
    for (const v of villages) expect(v.properties.country, `${v.id}`).toBe(countryAt(coords(v)));
  });

  it('no village appears twice (same name within 1 km)', () => {
    const dupes: string[] = [];
    villages.forEach((a, i) => {
      for (const b of villages.slice(i + 1)) {
        const same = String(a.properties.name_en).toLowerCase() === String(b.properties.name_en).toLowerCase();
        if (same && turf.distance(coords(a), coords(b)) < 1) dupes.push(`${a.id}/${b.id}`);
      }
    });
    expect(dupes).toEqual([]);
  });
});

describe('meta.json for the new layers', () => {
  it.each([
    ['villages.geojson', 'CC-BY-4.0', 'geonames'],
    ['labels.geojson', 'ODbL-1.0', 'osm-countries'],
  ])('%s records licence %s and source %s', (file, licence, source) => {
    const layer = meta.layers[file];
    expect(layer.licence).toBe(licence);
    expect(layer.sources).toContain(source);
    expect(meta.sources[source].licence).toBe(licence);
  });
});
