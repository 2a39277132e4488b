import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BORDER_FILE,
  borderContextAt,
  COUNTRIES_FILE,
  countryAt,
  loadBorderGeometry,
  parseBorderGeometry,
} from '../../../src/data/borderGeometry';
import type { BorderGeometry } from '../../../src/model/borderContext';
import type { LonLat } from '../../../src/model/record';
import { GEO_DIR } from './realData';

type Json = { features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[] };
const read = (name: string): Json => JSON.parse(readFileSync(path.join(GEO_DIR, name), 'utf8'));
const border = read('border.geojson');
const countries = read('countries.geojson');
const towns = read('towns.geojson');
const checkpoints = read('checkpoints.geojson');

function geometryOf(b: unknown, c: unknown): BorderGeometry {
  const parsed = parseBorderGeometry(b, c);
  if (!parsed.ok) throw new Error(`${parsed.file}: ${parsed.reason}`);
  return parsed.geometry;
}
const geometry = geometryOf(border, countries);

/** A town of the committed towns layer: its point and the country the geo build recorded for it. */
function town(id: string): { at: LonLat; country: string } {
  const f = towns.features.find((x) => x.properties.id === id);
  if (f?.geometry.type !== 'Point') throw new Error(`towns.geojson has no point ${id}`);
  return { at: f.geometry.coordinates as LonLat, country: String(f.properties.country) };
}

describe('border context on the committed geo files', () => {
  it('puts Batken town in Kyrgyzstan, a few km from the line', () => {
    const c = borderContextAt(geometry, town('batken').at);
    expect(c.side).toBe('KG');
    expect(c.distanceKm).toBeGreaterThan(1);
    expect(c.distanceKm).toBeLessThan(15);
  });

  it('puts Khujand in Tajikistan and Vorukh in Tajikistan, inside its enclave close to the enclave line', () => {
    expect(borderContextAt(geometry, town('khujand').at).side).toBe('TJ');
    const vorukh = borderContextAt(geometry, town('vorukh').at);
    expect(vorukh.side).toBe('TJ');
    // The enclave is under 100 km² and its whole rim is KG–TJ border, so its seat is a few km from it at most.
    expect(vorukh.distanceKm).toBeLessThan(6);
  });

  it('puts Sokh (Ravon) in Uzbekistan, inside the Uzbek exclave that is a hole in Kyrgyzstan', () => {
    expect(borderContextAt(geometry, town('sokh').at).side).toBe('UZ');
  });

  it('puts Bishkek in Kyrgyzstan, hundreds of km from the line in the south', () => {
    const c = borderContextAt(geometry, town('bishkek').at);
    expect(c.side).toBe('KG');
    expect(c.distanceKm).toBeGreaterThan(300);
  });

  it('agrees with the country the geo build recorded for every exactly placed town', () => {
    const exact = towns.features.filter((f) => f.properties.precision === 'exact').map((f) => String(f.properties.id));
    expect(exact.length).toBeGreaterThan(20);
    for (const id of exact) {
      const t = town(id);
      const expected = ['KG', 'TJ', 'UZ'].includes(t.country) ? t.country : 'other';
      expect([id, borderContextAt(geometry, t.at).side]).toEqual([id, expected]);
    }
  });

  it('measures the crossings, which sit on the line, as on it', () => {
    expect(checkpoints.features.length).toBeGreaterThan(0);
    for (const f of checkpoints.features) {
      if (f.geometry.type !== 'Point') continue;
      expect(borderContextAt(geometry, f.geometry.coordinates as LonLat).distanceKm).toBeLessThan(0.2);
    }
  });

  it('measures a great-circle distance: 0 on a vertex, about 11.1 km a tenth of a degree north of it', () => {
    const vertex = geometry.lines[0]?.[100] as LonLat;
    expect(borderContextAt(geometry, vertex).distanceKm).toBeCloseTo(0, 6);
    const north = borderContextAt(geometry, [vertex[0], vertex[1] + 0.1]).distanceKm;
    expect(north).toBeGreaterThan(0);
    // The nearest point of the line can only be as far as the vertex, never further.
    expect(north).toBeLessThanOrEqual(11.13);
  });

  it('knows no country far outside the map', () => {
    expect(countryAt(geometry, [0, 0])).toBeNull();
    expect(borderContextAt(geometry, [0, 0]).side).toBe('none');
  });
});

describe('defensive reading', () => {
  const withBorder = (b: unknown) => parseBorderGeometry(b, countries);
  const withCountries = (c: unknown) => parseBorderGeometry(border, c);
  const feature = (geometry: unknown, properties: Record<string, unknown>) => ({ type: 'Feature', geometry, properties });
  const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
  const line = (coordinates: unknown) => collection(feature({ type: 'LineString', coordinates }, { countries: 'KG-TJ' }));

  it('names the border file and the reason when it is unusable', () => {
    for (const bad of [
      null,
      [],
      { features: [] },
      collection(),
      line([[70, 40]]),
      line([
        [70, 40],
        [70, 'x'],
      ]),
      line([
        [70, 40],
        [70, 95],
      ]),
      line([
        [70, 40],
        [Number.NaN, 40],
      ]),
      collection(
        feature(
          {
            type: 'LineString',
            coordinates: [
              [70, 40],
              [71, 40],
            ],
          },
          { countries: 'KG-UZ' },
        ),
      ),
    ]) {
      const r = withBorder(bad);
      expect(r).toMatchObject({ ok: false, file: BORDER_FILE });
      expect(r.ok ? '' : r.reason).not.toBe('');
    }
  });

  it('refuses a countries file with a malformed outline, no code, or without Kyrgyzstan and Tajikistan', () => {
    const square = [
      [
        [70, 40],
        [71, 40],
        [71, 41],
        [70, 40],
      ],
    ];
    const kg = feature({ type: 'Polygon', coordinates: square }, { iso2: 'KG' });
    const tj = feature({ type: 'Polygon', coordinates: square }, { iso2: 'TJ' });
    expect(withCountries(collection(kg, tj)).ok).toBe(true);
    for (const bad of [
      collection(kg),
      collection(kg, tj, feature({ type: 'Polygon', coordinates: square }, {})),
      collection(kg, tj, feature({ type: 'Polygon', coordinates: [square[0]?.slice(0, 3)] }, { iso2: 'UZ' })),
      collection(kg, tj, feature({ type: 'Point', coordinates: [70, 40] }, { iso2: 'UZ' })),
      { type: 'FeatureCollection' },
    ]) {
      expect(withCountries(bad)).toMatchObject({ ok: false, file: COUNTRIES_FILE });
    }
  });

  it('never throws on arbitrary JSON in either file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (b, c) => {
        expect(() => parseBorderGeometry(b, c)).not.toThrow();
        expect(() => parseBorderGeometry({ type: 'FeatureCollection', features: [b] }, c)).not.toThrow();
      }),
    );
  });
});

describe('loadBorderGeometry', () => {
  afterEach(() => vi.unstubAllGlobals());

  const serve = (files: Record<string, unknown>) => {
    vi.stubGlobal('document', { baseURI: 'http://app.test/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL) => {
        const name = url.pathname.slice(1);
        return name in files ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
      }),
    );
  };

  it('fetches both files from the app and validates them', async () => {
    serve({ [BORDER_FILE]: border, [COUNTRIES_FILE]: countries });
    const r = await loadBorderGeometry();
    expect(r.ok && borderContextAt(r.geometry, town('khujand').at).side).toBe('TJ');
  });

  it('says which file failed and why, without throwing', async () => {
    serve({ [BORDER_FILE]: border });
    expect(await loadBorderGeometry()).toEqual({ ok: false, file: COUNTRIES_FILE, reason: 'the server answered 404' });
  });
});
