import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areal, country, featureById, kmToOutline, point, readLayer } from './geoFiles';

const batken = areal('batken', 'region-batken');
const sughd = areal('sughd', 'region-sughd');
const border = readLayer('border').features as unknown as Feature<LineString | MultiLineString>[];

function kmToBorder(p: Position): number {
  const lines = border.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return Math.min(...lines.map((l) => turf.pointToLineDistance(turf.point(p), turf.lineString(l), { units: 'kilometers' })));
}

describe('points', () => {
  it('has every town id shared with the event dataset', () => {
    const ids = readLayer('towns').features.map((f) => f.id);
    for (const id of [
      'batken',
      'isfara',
      'khujand',
      'vorukh',
      'kulundu',
      'ak-sai',
      'isfana',
      'kyzyl-kiya',
      'sulukta',
      'kanibadam',
      'istaravshan',
      'sokh',
      'shakhimardan',
      'kok-tash-batken',
      'maksat',
      'guliston-kayrakkum',
      'ovchi-kalacha',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(['batken', 'ak-sai', 'kulundu', 'isfana', 'kyzyl-kiya', 'sulukta'])('%s lies in Batken Region', (id) => {
    const p = point('towns', id);
    expect(turf.booleanPointInPolygon(p, batken)).toBe(true);
    expect(turf.booleanPointInPolygon(p, sughd)).toBe(false);
  });

  it.each(['khujand', 'isfara', 'kanibadam', 'istaravshan', 'vorukh'])('%s lies in Sughd Region', (id) => {
    const p = point('towns', id);
    expect(turf.booleanPointInPolygon(p, sughd)).toBe(true);
    expect(turf.booleanPointInPolygon(p, batken)).toBe(false);
  });

  it.each(['sokh', 'shakhimardan'])('%s lies in Uzbekistan (an enclave inside Kyrgyzstan)', (id) => {
    const p = point('towns', id);
    expect(turf.booleanPointInPolygon(p, country('UZ'))).toBe(true);
    expect(turf.booleanPointInPolygon(p, country('KG'))).toBe(false);
  });

  it('towns carry a GeoNames id, or a curated position with precision and source', () => {
    for (const f of readLayer('towns').features) {
      const p = f.properties;
      if (p.geonames_id === null) {
        expect(['approximate', 'inferred']).toContain(p.precision);
        expect(String(p.position_source)).not.toBe('');
      } else {
        expect(Number.isInteger(p.geonames_id)).toBe(true);
      }
      expect(['KG', 'TJ', 'UZ', 'KZ']).toContain(p.country);
      expect(['city', 'town', 'village']).toContain(p.kind);
      expect(typeof p.rank).toBe('number');
    }
  });

  it('the tri-junction is computed and lies within 1 km of the outlines of Kyrgyzstan, Tajikistan and Uzbekistan', () => {
    const f = featureById('trijunction', 'tri-junction-kg-tj-uz');
    expect(f.properties.precision).toBe('derived');
    expect(f.properties.related_event_ids).toEqual([
      'khujand-trilateral-summit-2025-03-31',
      'friendship-stele-tri-junction-2025-03-31',
    ]);
    const p = point('trijunction', 'tri-junction-kg-tj-uz');
    for (const iso of ['KG', 'TJ', 'UZ']) expect(kmToOutline(p, country(iso))).toBeLessThan(1);
    // Near Batken / Isfara / Fergana, not at one of the other ends of the border.
    expect(turf.distance(p, point('towns', 'isfara'), { units: 'kilometers' })).toBeLessThan(60);
  });

  it('has the five crossings, each with both sides’ names and a position precision', () => {
    const cps = readLayer('checkpoints').features;
    expect(cps.map((f) => f.id).sort()).toEqual([
      'cp-bor-dobo-kyzyl-art',
      'cp-kairagach-madaniyat',
      'cp-karamyk-tojvaron',
      'cp-kulundu-ovchi-kalacha',
      'cp-kyzyl-bel-guliston',
    ]);
    for (const f of cps) {
      const p = f.properties;
      for (const k of ['kg_name_en', 'kg_name_ru', 'kg_name_ky', 'tj_name_en', 'tj_name_ru', 'tj_name_tg', 'position_source']) {
        expect(typeof p[k] === 'string' && (p[k] as string).length > 0, `${f.id} ${k}`).toBe(true);
      }
      expect(['exact', 'approximate', 'inferred']).toContain(p.precision);
    }
  });

  it('every checkpoint marked exact or approximate lies within 3 km of the border', () => {
    const sure = readLayer('checkpoints').features.filter(
      (f) => f.properties.precision === 'exact' || f.properties.precision === 'approximate',
    );
    expect(sure.length).toBeGreaterThan(0);
    for (const f of sure) expect(kmToBorder(point('checkpoints', f.id as string)), f.id as string).toBeLessThan(3);
  });

  it('inferred checkpoints sit on the border line', () => {
    for (const f of readLayer('checkpoints').features.filter((x) => x.properties.precision === 'inferred')) {
      expect(kmToBorder(point('checkpoints', f.id as string)), f.id as string).toBeLessThan(0.05);
    }
  });

  it('Western Qalacha is an approximate point, marked as having no polygon and as passed to Kyrgyzstan in 2025', () => {
    const f = featureById('enclaves', 'enclave-western-qalacha');
    expect(f.geometry.type).toBe('Point');
    expect(f.properties.precision).toBe('approximate');
    expect(String(f.properties.note)).toMatch(/no open polygon/i);
    expect(String(f.properties.note)).toMatch(/2025/);
    expect(turf.booleanPointInPolygon(point('enclaves', 'enclave-western-qalacha'), batken)).toBe(true);
  });
});
