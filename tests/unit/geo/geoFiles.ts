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

/** Every ring of a (multi)polygon, tagged outer or hole. */
function rings(g: Geometry): { ring: Position[]; outer: boolean }[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.flatMap((p) => p.map((ring, i) => ({ ring, outer: i === 0 })));
}

/** Rings that are open, or wound against RFC 7946 (outer counter-clockwise, holes clockwise). */
export function ringProblems(features: readonly GeoFeature[]): string[] {
  const bad: string[] = [];
  for (const f of features) {
    for (const { ring, outer } of rings(f.geometry)) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) bad.push(`${f.id}: open ring`);
      else if (turf.booleanClockwise(ring) === outer)
        bad.push(`${f.id}: ${outer ? 'outer ring clockwise' : 'hole counter-clockwise'}`);
    }
  }
  return bad;
}

/** Self-intersections (turf kinks) of every line and polygon part. */
export function kinkProblems(features: readonly GeoFeature[]): string[] {
  const bad: string[] = [];
  for (const f of features) {
    if (f.geometry.type === 'Point') continue;
    for (const part of turf.flatten(f as turf.AllGeoJSON).features) {
      const k = turf.kinks(part as Parameters<typeof turf.kinks>[0]);
      if (k.features.length)
        bad.push(`${f.id}: ${k.features.length} kinks, e.g. ${JSON.stringify(k.features[0]?.geometry.coordinates)}`);
    }
  }
  return bad;
}

/** Every name a geo layer can label, all languages: the `name_*` fields of every top-level file. */
export function geoLabelNames(): string[] {
  return fs
    .readdirSync(GEO_DIR)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => {
      const fc = JSON.parse(fs.readFileSync(path.join(GEO_DIR, f), 'utf8')) as FeatureCollection<Geometry, GeoProps>;
      return fc.features.flatMap((feat) =>
        Object.entries(feat.properties)
          .filter(([k, v]) => k.startsWith('name_') && typeof v === 'string')
          .map(([, v]) => v as string),
      );
    });
}
