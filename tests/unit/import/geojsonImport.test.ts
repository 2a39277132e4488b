import { describe, expect, it } from 'vitest';
import { BorderEventSchema } from '../../../src/data/eventSchema';
import { ImportFileError, importGeoJson } from '../../../src/import/geojsonImport';
import { IMPORT_CTX } from '../../helpers/importCsv';

const point = (lon: unknown, lat: unknown, properties: unknown) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

describe('GeoJSON import', () => {
  it('imports points with date/title/category and reports every other feature by number', () => {
    const out = importGeoJson(
      {
        type: 'FeatureCollection',
        features: [
          point(70.6, 39.9, { date: '2022-09-14', title: 'Shelling', category: 'clash', fatalities: 2, notes: 'n' }),
          { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
          point(70.6, 39.9, { event_date: '2021-04', name: 'Road blocked', type: 'closure' }),
          'nonsense',
          point('a', 39.9, { date: '2021-01-01' }),
          point(70.6, 39.9, { date: { nested: true } }),
        ],
      },
      IMPORT_CTX,
    );
    expect(out.events.map((e) => [e.title.en, e.category, e.precision])).toEqual([
      ['Shelling', 'clash', 'day'],
      ['Road blocked', 'closure', 'month'],
    ]);
    expect(out.rows).toEqual([1, 3]);
    expect(out.events[0]?.figures[0]).toMatchObject({ metric: 'killed', value: 2 });
    expect(out.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'geometry', 'notPoint'],
      [4, 'feature', 'notFeature'],
      [5, 'longitude', 'notNumber'],
      [6, 'date', 'notText'],
    ]);
    for (const e of out.events) expect(BorderEventSchema.safeParse(e).success).toBe(true);
  });

  it('refuses a file that is not a FeatureCollection as a whole', () => {
    for (const json of [null, [], { type: 'Feature' }, { type: 'FeatureCollection', features: 'x' }]) {
      expect(() => importGeoJson(json, IMPORT_CTX)).toThrow(ImportFileError);
    }
  });

  it('reads tiny coordinates written by JSON as exponents', () => {
    const out = importGeoJson({ type: 'FeatureCollection', features: [point(70.0000001, 1e-7, { date: '2021' })] }, IMPORT_CTX);
    expect(out.events[0]?.location).toEqual([70.0000001, 1e-7]);
  });
});
