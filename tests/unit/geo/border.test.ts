import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areal, featureById, kmToOutline, readLayer } from './geoFiles';

describe('border.geojson', () => {
  const border = featureById('border', 'border-kg-tj') as unknown as Feature<LineString | MultiLineString>;
  const lines = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;

  it('is the only feature', () => {
    expect(readLayer('border').features.map((f) => f.id)).toEqual(['border-kg-tj']);
  });

  it('is within 10 % of the 970–1,010 km the sources give (873–1,111 km)', () => {
    const km = turf.length(border, { units: 'kilometers' });
    expect(km).toBeGreaterThan(873);
    expect(km).toBeLessThan(1111);
    expect(Math.abs((border.properties?.length_km as number) - km)).toBeLessThan(1);
  });

  it('is the mainland line plus the closed ring around Vorukh', () => {
    expect(lines.length).toBe(2);
    const ring = lines.find((l) => {
      const a = l[0];
      const b = l[l.length - 1];
      return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
    });
    expect(ring).toBeDefined();
    const vorukh = areal('enclaves', 'enclave-vorukh');
    for (const p of ring ?? []) expect(kmToOutline(p, vorukh)).toBeLessThan(0.01);
  });

  it('runs along the outlines of both countries', () => {
    const kg = areal('countries', 'country-kg');
    const tj = areal('countries', 'country-tj');
    const sample = lines.flatMap((l) => l.filter((_, i) => i % 50 === 0));
    for (const p of sample) {
      expect(kmToOutline(p, kg)).toBeLessThan(0.01);
      expect(kmToOutline(p, tj)).toBeLessThan(0.01);
    }
  });
});
