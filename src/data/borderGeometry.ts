/**
 * The pre-2025 KG–TJ line and the country outlines, read defensively from the geo files the map
 * already draws, and the two questions asked of them: which country holds a point, and how far the
 * line is.
 *
 * Measured with tests/unit/data/borderGeometry.bench.ts (vitest bench, node 20, 2 shared cores, the
 * committed files): parsing both ~11 ms; one point ~3.7 ms (1.8–9.6 ms), nearly all of it the distance
 * (turf's geodesic nearest point, over ~1,350 segments), the side ~0.02 ms; 10,000 points ~36 s.
 * So the context is worked out for the selected event only, when it is selected, and memoised
 * (state/selectors): a pass over a large record at load, even in a worker or idle chunks, would keep
 * a core busy for half a minute for lines nobody opens, and again for every import.
 */
// Named imports from the (side-effect-free) package: these five and their helpers bundle to ~9 KB
// minified, ~3.4 KB gzipped (rolldown, measured alone), not the whole of turf.
import { booleanPointInPolygon, multiLineString, multiPolygon, nearestPointOnLine, point } from '@turf/turf';
import { type BorderContext, type BorderGeometry, type CountryOutline, sideOf } from '../model/borderContext';
import type { LonLat } from '../model/record';
import { FileLoadError, fetchJson } from './fetchJson';

export const BORDER_FILE = 'geo/border.geojson';
export const COUNTRIES_FILE = 'geo/countries.geojson';

/** The border file's features that are the Kyrgyz–Tajik line (the file could one day hold others). */
const KG_TJ = 'KG-TJ';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function lonLat(value: unknown): LonLat | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
  return [lon, lat];
}

/** A list of positions, at least `min` long, or null if any is not a coordinate. */
function positions(value: unknown, min: number): LonLat[] | null {
  if (!Array.isArray(value) || value.length < min) return null;
  const out: LonLat[] = [];
  for (const v of value) {
    const p = lonLat(v);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

function listOf<T>(value: unknown, item: (v: unknown) => T | null, min = 1): T[] | null {
  if (!Array.isArray(value) || value.length < min) return null;
  const out: T[] = [];
  for (const v of value) {
    const x = item(v);
    if (x === null) return null;
    out.push(x);
  }
  return out;
}

function featuresOf(json: unknown): unknown[] | null {
  const fc = json as { type?: unknown; features?: unknown } | null;
  return fc && typeof fc === 'object' && fc.type === 'FeatureCollection' && Array.isArray(fc.features) ? fc.features : null;
}

function parts(f: unknown): { geometry: { type?: unknown; coordinates?: unknown }; props: Record<string, unknown> } | null {
  const feature = f as { geometry?: unknown; properties?: unknown } | null;
  if (!feature || typeof feature !== 'object' || !feature.geometry || typeof feature.geometry !== 'object') return null;
  const props =
    feature.properties && typeof feature.properties === 'object' ? (feature.properties as Record<string, unknown>) : {};
  return { geometry: feature.geometry as { type?: unknown; coordinates?: unknown }, props };
}

/** The KG–TJ line out of border.geojson: LineString or MultiLineString features marked `countries: "KG-TJ"`. */
export function parseBorderLines(json: unknown): Parsed<LonLat[][]> {
  const features = featuresOf(json);
  if (!features) return { ok: false, reason: 'not a GeoJSON FeatureCollection' };
  const lines: LonLat[][] = [];
  for (const f of features) {
    const p = parts(f);
    if (!p || p.props.countries !== KG_TJ) continue;
    const { type, coordinates } = p.geometry;
    const got =
      type === 'LineString'
        ? listOf([coordinates], (c) => positions(c, 2))
        : type === 'MultiLineString'
          ? listOf(coordinates, (c) => positions(c, 2))
          : null;
    if (!got) return { ok: false, reason: 'the KG–TJ line has a malformed geometry' };
    lines.push(...got);
  }
  return lines.length > 0 ? { ok: true, value: lines } : { ok: false, reason: 'no KG–TJ line in the file' };
}

const ring = (c: unknown) => positions(c, 4);
const polygon = (c: unknown) => listOf(c, ring);

function bboxOf(polygons: LonLat[][][]): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  for (const poly of polygons) {
    for (const [lon, lat] of poly[0] ?? []) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** The country outlines out of countries.geojson: (Multi)Polygon features with an `iso2` code. */
export function parseCountries(json: unknown): Parsed<CountryOutline[]> {
  const features = featuresOf(json);
  if (!features) return { ok: false, reason: 'not a GeoJSON FeatureCollection' };
  const countries: CountryOutline[] = [];
  for (const f of features) {
    const p = parts(f);
    const iso2 = p?.props.iso2;
    if (!p || typeof iso2 !== 'string' || !/^[A-Z]{2}$/.test(iso2)) return { ok: false, reason: 'a country has no iso2 code' };
    const { type, coordinates } = p.geometry;
    const polygons =
      type === 'Polygon' ? listOf([coordinates], polygon) : type === 'MultiPolygon' ? listOf(coordinates, polygon) : null;
    // One bad outline would put points in the wrong country without a sign: refuse the whole file.
    if (!polygons) return { ok: false, reason: `the outline of ${iso2} is malformed` };
    countries.push({ iso2, polygons, bbox: bboxOf(polygons) });
  }
  const has = (iso2: string) => countries.some((c) => c.iso2 === iso2);
  return has('KG') && has('TJ') ? { ok: true, value: countries } : { ok: false, reason: 'Kyrgyzstan or Tajikistan is missing' };
}

export type BorderGeometryResult = { ok: true; geometry: BorderGeometry } | { ok: false; file: string; reason: string };

/** Both files validated together: the side and the distance are only worth showing as a pair. */
export function parseBorderGeometry(borderJson: unknown, countriesJson: unknown): BorderGeometryResult {
  const lines = parseBorderLines(borderJson);
  if (!lines.ok) return { ok: false, file: BORDER_FILE, reason: lines.reason };
  const countries = parseCountries(countriesJson);
  if (!countries.ok) return { ok: false, file: COUNTRIES_FILE, reason: countries.reason };
  return { ok: true, geometry: { lines: lines.value, countries: countries.value } };
}

/** The ISO code of the country whose outline holds the point, or null when none does. */
export function countryAt(geometry: BorderGeometry, at: LonLat): string | null {
  const [lon, lat] = at;
  const pt = point(at);
  for (const c of geometry.countries) {
    const [w, s, e, n] = c.bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon(pt, multiPolygon(c.polygons))) return c.iso2;
  }
  return null;
}

/** Great-circle distance in km from the point to the nearest point of the KG–TJ line. */
export function distanceToBorderKm(geometry: BorderGeometry, at: LonLat): number {
  return nearestPointOnLine(multiLineString(geometry.lines), at, { units: 'kilometers' }).properties.pointDistance;
}

/** The side of the pre-2025 line a point is on, and how far from it. */
export function borderContextAt(geometry: BorderGeometry, at: LonLat): BorderContext {
  return { side: sideOf(countryAt(geometry, at)), distanceKm: distanceToBorderKm(geometry, at) };
}

/** Fetches and validates both files. Never throws: a failure says which file and why. */
export async function loadBorderGeometry(): Promise<BorderGeometryResult> {
  const [border, countries] = await Promise.allSettled([fetchJson(BORDER_FILE), fetchJson(COUNTRIES_FILE)]);
  for (const [r, file] of [
    [border, BORDER_FILE],
    [countries, COUNTRIES_FILE],
  ] as const) {
    if (r.status === 'rejected') {
      const reason = r.reason instanceof FileLoadError ? r.reason.reason : String(r.reason);
      return { ok: false, file, reason };
    }
  }
  return parseBorderGeometry(
    border.status === 'fulfilled' ? border.value : null,
    countries.status === 'fulfilled' ? countries.value : null,
  );
}
