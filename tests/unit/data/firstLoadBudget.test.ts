/**
 * The budget for a cold load's data: the record and the geo files fetched before the first
 * map is drawn stay within 250 KB gzip, in every interface language. Computed from what the app
 * asks for (the style's sources at the opening view, the record loader's place layers, the record's
 * cut for the language), so a new layer or a longer record shows up here. The benchmark measures
 * the same from a real cold load's requests (bench/guard.mjs, English).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recordForLanguage } from '../../../scripts/record/languageFile.mjs';
import { LABEL_POINTS_FILE, PLACE_LAYERS } from '../../../src/data/placeIndex';
import { buildStyle } from '../../../src/map/style/buildStyle';
import { isGeoSource } from '../../../src/map/style/sources';
import { firstLoadFile } from '../../../src/model/geoOverview';
import { LANGUAGE_TABLE } from '../../../src/model/languages';

const BUDGET_KB = 250;
const PUBLIC = new URL('../../../public/', import.meta.url);
const gzipKB = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024;
const RECORD = JSON.parse(readFileSync(new URL('data/events.json', PUBLIC), 'utf8')) as object;

/** The geo files a cold load at the opening view fetches: the style's geo sources and the place index's layers. */
function geoFiles(): string[] {
  const style = buildStyle({ resolveUrl: (p) => p, overview: true });
  const fromStyle = Object.entries(style.sources).flatMap(([id, s]) =>
    isGeoSource(id) && 'data' in s && typeof s.data === 'string' ? [s.data] : [],
  );
  const fromPlaces = [...Object.keys(PLACE_LAYERS).map(firstLoadFile), LABEL_POINTS_FILE];
  return [...new Set([...fromStyle, ...fromPlaces])].sort();
}

describe("the first load's data", () => {
  const files = geoFiles();
  const geoKB = files.reduce((sum, f) => sum + gzipKB(readFileSync(new URL(f, PUBLIC))), 0);

  it('fetches the overview outlines, never a full file that has one', () => {
    expect(files).toContain('geo/overview/countries.geojson');
    expect(files).not.toContain('geo/countries.geojson');
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(LANGUAGE_TABLE.map((l) => [l.id, l.labelFallbacks] as const))(
    `%s: the record's cut and the geo files stay within ${BUDGET_KB} KB gzip`,
    (lang, fallbacks) => {
      const recordKB = gzipKB(JSON.stringify(recordForLanguage(RECORD, lang, fallbacks)));
      expect(Math.round(recordKB + geoKB)).toBeLessThanOrEqual(BUDGET_KB);
    },
  );

  it('would not hold with the full record and outlines (what the cut and the overview buy)', () => {
    const fullGeo = files.map((f) => f.replace('geo/overview/', 'geo/'));
    const kb = gzipKB(JSON.stringify(RECORD)) + fullGeo.reduce((sum, f) => sum + gzipKB(readFileSync(new URL(f, PUBLIC))), 0);
    expect(kb).toBeGreaterThan(BUDGET_KB);
  });
});
