// Reads the committed files in public/geo (the tests check the data the app ships, not a fresh build).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export const GEO_DIR = fileURLToPath(new URL('../../../public/geo', import.meta.url));

export const LAYERS = [
  'batken',
  'border',
  'checkpoints',
  'countries',
  'enclaves',
  'labels',
  'rivers',
  'sughd',
  'towns',
  'trijunction',
  'villages',
  'water',
] as const;
export type LayerName = (typeof LAYERS)[number];

export type GeoProps = Record<string, unknown> & { id: string };
export type GeoFeature = Feature<Geometry, GeoProps>;
export type Areal = Polygon | MultiPolygon;

const cache = new Map<string, FeatureCollection<Geometry, GeoProps>>();

export function readLayer(name: LayerName): FeatureCollection<Geometry, GeoProps> {
  let fc = cache.get(name);
  if (!fc) {
    fc = JSON.parse(fs.readFileSync(path.join(GEO_DIR, `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, GeoProps>;
    cache.set(name, fc);
  }
  return fc;
}

export function featureById(name: LayerName, id: string): GeoFeature {
  const f = readLayer(name).features.find((x) => x.id === id);
  if (!f) throw new Error(`${name}.geojson has no feature ${id}`);
  return f;
}

export function areal(name: LayerName, id: string): Feature<Areal> {
  const f = featureById(name, id);
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${id} is not a polygon`);
  return f as Feature<Areal>;
}

export function point(name: LayerName, id: string): Position {
  const f = featureById(name, id);
  if (f.geometry.type !== 'Point') throw new Error(`${id} is not a point`);
  return f.geometry.coordinates;
}

/** Area in km² of the intersection of two (multi)polygons (0 when they do not meet). */
export function overlapKm2(a: Feature<Areal>, b: Feature<Areal>): number {
  const x = turf.intersect(turf.featureCollection([a, b]));
  return x ? turf.area(x) / 1e6 : 0;
}

/** Distance in km from a point to the outline of a (multi)polygon. */
export function kmToOutline(p: Position, g: Feature<Areal>): number {
  return Math.abs(turf.pointToPolygonDistance(turf.point(p), g, { units: 'kilometers' }));
}

export function country(iso2: string): Feature<Areal> {
  return areal('countries', `country-${iso2.toLowerCase()}`);
}

/** Every position of a geometry, in order. */
export function positions(g: Geometry): Position[] {
  const out: Position[] = [];
  turf.coordEach(g, (c) => {
    out.push(c);
  });
  return out;
}
