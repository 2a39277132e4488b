import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, kinkProblems, LAYERS, positions, readLayer, ringProblems } from './geoFiles';

describe('public/geo files are valid GeoJSON for MapLibre', () => {
  it('contains exactly the expected layers plus meta.json and the overview folder (overview.test.ts)', () => {
    const files = fs.readdirSync(GEO_DIR).sort();
    expect(files).toEqual([...LAYERS.map((l) => `${l}.geojson`), 'meta.json', 'overview'].sort());
  });

  it.each(LAYERS)('%s: FeatureCollection with a string id on every feature, equal to properties.id', (name) => {
    const fc = readLayer(name);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(typeof f.id).toBe('string');
      expect(f.properties.id).toBe(f.id);
    }
  });

  it('ids are unique across all layers', () => {
    const ids = LAYERS.flatMap((name) => readLayer(name).features.map((f) => String(f.id)));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(LAYERS)('%s: coordinates are finite lon/lat with at most 5 decimals', (name) => {
    const bad: string[] = [];
    for (const f of readLayer(name).features) {
      for (const [lon, lat] of positions(f.geometry)) {
        if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
          bad.push(`${f.id}: non-finite`);
        else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) bad.push(`${f.id}: out of range ${lon},${lat}`);
        else if (Math.round(lon * 1e5) / 1e5 !== lon || Math.round(lat * 1e5) / 1e5 !== lat) bad.push(`${f.id}: ${lon},${lat}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it.each(LAYERS)('%s: polygon rings are closed and wound per RFC 7946 (outer counter-clockwise, holes clockwise)', (name) => {
    expect(ringProblems(readLayer(name).features)).toEqual([]);
  });

  it.each(LAYERS)('%s: no self-intersections (turf kinks)', (name) => {
    expect(kinkProblems(readLayer(name).features)).toEqual([]);
  });

  it('layer geometry types match what the style expects', () => {
    const types = (name: (typeof LAYERS)[number]) => [...new Set(readLayer(name).features.map((f) => f.geometry.type))].sort();
    for (const name of ['batken', 'sughd', 'countries', 'water'] as const) {
      for (const t of types(name)) expect(['MultiPolygon', 'Polygon']).toContain(t);
    }
    for (const name of ['towns', 'checkpoints', 'trijunction', 'villages', 'labels'] as const)
      expect(types(name)).toEqual(['Point']);
    expect(types('enclaves')).toEqual(['Point', 'Polygon']);
    for (const name of ['border', 'rivers'] as const)
      for (const t of types(name)) expect(['LineString', 'MultiLineString']).toContain(t);
  });

  it('files are written deterministically: one feature per line, features sorted by id', () => {
    for (const name of LAYERS) {
      const text = fs.readFileSync(path.join(GEO_DIR, `${name}.geojson`), 'utf8');
      const lines = text.trimEnd().split('\n');
      expect(lines.length).toBe(readLayer(name).features.length + 2);
      const ids = readLayer(name).features.map((f) => String(f.id));
      expect(ids).toEqual([...ids].sort());
    }
  });
});
