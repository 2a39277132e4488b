import { OTHER_LANGS } from '../model/languages';
import type { PlaceInfo, PlaceKind } from '../model/loadedData';
import type { LocalizedText } from '../model/record';

/** The geo layers whose features events can name as places. */
export const PLACE_LAYERS: Record<string, PlaceKind> = {
  'geo/towns.geojson': 'town',
  'geo/checkpoints.geojson': 'checkpoint',
  'geo/trijunction.geojson': 'trijunction',
  'geo/enclaves.geojson': 'enclave',
  'geo/water.geojson': 'water',
};

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Reads place names out of a geo layer. Defensive on purpose: a malformed file yields fewer
 * names (ids are shown instead), never an exception.
 */
export function placesFromGeoJson(json: unknown, kind: PlaceKind): PlaceInfo[] {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [];
  const out: PlaceInfo[] = [];
  for (const f of features) {
    const props = (f as { properties?: Record<string, unknown> })?.properties;
    const id = str(props?.id);
    const en = str(props?.name_en);
    if (!props || !id || !en) continue;
    const name: LocalizedText = { en };
    for (const lang of OTHER_LANGS) {
      const value = str(props[`name_${lang}`]);
      if (value) name[lang] = value;
    }
    const precision = str(props.precision);
    out.push({ id, name, kind, ...(precision ? { precision } : {}) });
  }
  return out;
}
