import { OTHER_LANGS } from '../model/languages';
import type { PlaceInfo, PlaceKind } from '../model/loadedData';
import type { LocalizedText, LonLat } from '../model/record';

/** The geo layers whose features events can name as places. */
export const PLACE_LAYERS: Record<string, PlaceKind> = {
  'geo/towns.geojson': 'town',
  'geo/checkpoints.geojson': 'checkpoint',
  'geo/trijunction.geojson': 'trijunction',
  'geo/enclaves.geojson': 'enclave',
  'geo/water.geojson': 'water',
  // Events name a whole region ("region-batken"): by its name, never as a point (see placesFromGeoJson).
  'geo/batken.geojson': 'region',
  'geo/sughd.geojson': 'region',
};

/** One interior point per named area (computed by the geo build): where an area is marked as a place. */
export const LABEL_POINTS_FILE = 'geo/labels.geojson';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function lonLat(value: unknown): LonLat | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return undefined;
  return [lon, lat];
}

function featuresOf(json: unknown): unknown[] {
  const features = (json as { features?: unknown })?.features;
  return Array.isArray(features) ? features : [];
}

function pointOf(feature: unknown): LonLat | undefined {
  const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } })?.geometry;
  return geometry?.type === 'Point' ? lonLat(geometry.coordinates) : undefined;
}

/** The texts `<prefix>en`, `<prefix>ru`, … of a feature, or undefined without the English one. */
function namesOf(props: Record<string, unknown>, prefix: string): LocalizedText | undefined {
  const en = str(props[`${prefix}en`]);
  if (!en) return undefined;
  const name: LocalizedText = { en };
  for (const lang of OTHER_LANGS) {
    const value = str(props[`${prefix}${lang}`]);
    if (value) name[lang] = value;
  }
  return name;
}

/** Area id → its label point, from the labels layer (`target` names the area). */
export function labelPointsFromGeoJson(json: unknown): Map<string, LonLat> {
  const points = new Map<string, LonLat>();
  for (const f of featuresOf(json)) {
    const target = str((f as { properties?: Record<string, unknown> })?.properties?.target);
    const point = pointOf(f);
    if (target && point) points.set(target, point);
  }
  return points;
}

/**
 * Reads place names and positions out of a geo layer. Defensive on purpose: a malformed file
 * yields fewer names (ids are shown instead), never an exception. Areas take their position from
 * `labelPoints`, so a place is marked where its name is written.
 */
export function placesFromGeoJson(
  json: unknown,
  kind: PlaceKind,
  labelPoints: ReadonlyMap<string, LonLat> = new Map(),
): PlaceInfo[] {
  const out: PlaceInfo[] = [];
  for (const f of featuresOf(json)) {
    const props = (f as { properties?: Record<string, unknown> })?.properties;
    const id = str(props?.id);
    const name = props && namesOf(props, 'name_');
    if (!props || !id || !name) continue;
    const precision = str(props.precision);
    // A region is named, not marked: a ring at its label point would pin an event on a spot no
    // source gives, and framing it would zoom to that spot.
    const location = kind === 'region' ? undefined : (pointOf(f) ?? labelPoints.get(id));
    const kg = namesOf(props, 'kg_name_');
    const tj = namesOf(props, 'tj_name_');
    out.push({
      id,
      name,
      kind,
      ...(precision ? { precision } : {}),
      ...(location ? { location } : {}),
      ...(kg && tj ? { sides: { kg, tj } } : {}),
    });
  }
  return out;
}
