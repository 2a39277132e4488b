import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, LAYERS, positions, readLayer } from './geoFiles';

/** Every ring of a (multi)polygon, tagged outer or hole. */
function rings(g: Geometry): { ring: Position[]; outer: boolean }[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.flatMap((p) => p.map((ring, i) => ({ ring, outer: i === 0 })));
}

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
    const bad: string[] = [];
    for (const f of readLayer(name).features) {
      for (const { ring, outer } of rings(f.geometry)) {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) bad.push(`${f.id}: open ring`);
        else if (turf.booleanClockwise(ring) === outer)
          bad.push(`${f.id}: ${outer ? 'outer ring clockwise' : 'hole counter-clockwise'}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(LAYERS)('%s: no self-intersections (turf kinks)', (name) => {
    const bad: string[] = [];
    for (const f of readLayer(name).features) {
      if (f.geometry.type === 'Point') continue;
      const parts = turf.flatten(f as turf.AllGeoJSON).features;
      for (const part of parts) {
        const k = turf.kinks(part as Parameters<typeof turf.kinks>[0]);
        if (k.features.length)
          bad.push(`${f.id}: ${k.features.length} kinks, e.g. ${JSON.stringify(k.features[0]?.geometry.coordinates)}`);
      }
    }
    expect(bad).toEqual([]);
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
