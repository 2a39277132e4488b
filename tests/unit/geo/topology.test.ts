import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type Areal, areal, country, overlapKm2, point, readLayer } from './geoFiles';

const batken = areal('batken', 'region-batken');
const sughd = areal('sughd', 'region-sughd');
const enclavePolygons = readLayer('enclaves').features.filter((f) => f.geometry.type === 'Polygon') as unknown as Feature<
  Areal,
  { id: string; owner: string; host: string; area_km2: number }
>[];

describe('topology of the polygon layers', () => {
  it('Batken and Sughd do not overlap (< 0.01 km²)', () => {
    expect(overlapKm2(batken, sughd)).toBeLessThan(0.01);
  });

  it('has the seven enclave polygons with the agreed ids', () => {
    expect(enclavePolygons.map((f) => f.properties.id).sort()).toEqual([
      'enclave-barak',
      'enclave-chon-kara',
      'enclave-jangail',
      'enclave-sarvan',
      'enclave-shakhimardan',
      'enclave-sokh',
      'enclave-vorukh',
    ]);
  });

  it.each(enclavePolygons.map((f) => [f.properties.id, f] as const))(
    '%s is cut out of its host country (overlap < 0.01 km²)',
    (_id, f) => {
      expect(overlapKm2(f, country(f.properties.host))).toBeLessThan(0.01);
    },
  );

  it.each(enclavePolygons.map((f) => [f.properties.id, f] as const))('%s lies inside its owner country', (_id, f) => {
    const area = turf.area(f) / 1e6;
    expect(overlapKm2(f, country(f.properties.owner))).toBeGreaterThan(area - 0.01);
  });

  it.each(
    enclavePolygons
      .filter((f) => f.properties.host === 'KG' && f.properties.id !== 'enclave-barak')
      .map((f) => [f.properties.id, f] as const),
  )('%s is a hole in Batken (overlap < 0.01 km²)', (_id, f) => {
    expect(overlapKm2(f, batken)).toBeLessThan(0.01);
  });

  it('every enclave in Kyrgyzstan is a hole of Batken (Batken has 5 holes)', () => {
    expect(batken.geometry.type).toBe('Polygon');
    expect(batken.geometry.coordinates.length - 1).toBe(5);
  });

  it('Vorukh is Tajik, part of Sughd, and outside Batken’s filled area', () => {
    const vorukh = areal('enclaves', 'enclave-vorukh');
    const town = point('towns', 'vorukh');
    expect(turf.booleanPointInPolygon(town, country('TJ'))).toBe(true);
    expect(turf.booleanPointInPolygon(town, batken)).toBe(false);
    expect(turf.booleanPointInPolygon(town, sughd)).toBe(true);
    expect(overlapKm2(vorukh, batken)).toBeLessThan(0.01);
    // Batken with its holes filled does contain Vorukh: it really is an enclave in Batken.
    const filled = turf.polygon([batken.geometry.coordinates[0] as Position[]]);
    expect(turf.booleanPointInPolygon(town, filled)).toBe(true);
  });

  it('Sughd includes its exclaves Vorukh and Sarvan', () => {
    expect(sughd.geometry.type).toBe('MultiPolygon');
    for (const id of ['enclave-vorukh', 'enclave-sarvan']) {
      const e = areal('enclaves', id);
      expect(overlapKm2(e, sughd)).toBeGreaterThan((turf.area(e) / 1e6) * 0.99);
    }
  });

  it('Kyrgyzstan and Tajikistan do not overlap', () => {
    expect(overlapKm2(country('KG'), country('TJ'))).toBeLessThan(0.01);
  });

  it('Batken lies in Kyrgyzstan and Sughd in Tajikistan', () => {
    expect(overlapKm2(batken, country('KG'))).toBeGreaterThan(turf.area(batken) / 1e6 - 0.01);
    expect(overlapKm2(sughd, country('TJ'))).toBeGreaterThan(turf.area(sughd) / 1e6 - 0.01);
  });

  it('region and enclave areas are plausible (Batken ≈ 17,000 km², Sughd ≈ 25,000 km², Vorukh ≈ 97 km², Sokh ≈ 226 km²)', () => {
    const km2 = (f: Feature<Areal>) => turf.area(f) / 1e6;
    expect(km2(batken)).toBeGreaterThan(15_000);
    expect(km2(batken)).toBeLessThan(19_000);
    expect(km2(sughd)).toBeGreaterThan(23_000);
    expect(km2(sughd)).toBeLessThan(27_000);
    expect(km2(areal('enclaves', 'enclave-vorukh'))).toBeGreaterThan(80);
    expect(km2(areal('enclaves', 'enclave-sokh'))).toBeGreaterThan(200);
    for (const f of enclavePolygons) expect(Math.abs(f.properties.area_km2 - km2(f))).toBeLessThan(0.05);
  });
});
