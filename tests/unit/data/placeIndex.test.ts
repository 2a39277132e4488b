import { describe, expect, it } from 'vitest';
import { labelPointsFromGeoJson, placesFromGeoJson } from '../../../src/data/placeIndex';

const town = (id: string, coordinates: unknown) => ({
  type: 'Feature',
  properties: { id, name_en: id, name_ru: `${id}-ru` },
  geometry: { type: 'Point', coordinates },
});
const area = (id: string) => ({
  type: 'Feature',
  properties: { id, name_en: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});

describe('placesFromGeoJson', () => {
  it('keeps a point feature where it is, with its names', () => {
    const [place] = placesFromGeoJson({ features: [town('batken', [70.8, 40.06])] }, 'town');
    expect(place).toEqual({ id: 'batken', name: { en: 'batken', ru: 'batken-ru' }, kind: 'town', location: [70.8, 40.06] });
  });

  it('marks an area at its label point, and leaves it unplaced without one', () => {
    const labels = labelPointsFromGeoJson({
      features: [
        { type: 'Feature', properties: { target: 'enclave-vorukh' }, geometry: { type: 'Point', coordinates: [70.6, 39.85] } },
      ],
    });
    const places = placesFromGeoJson({ features: [area('enclave-vorukh'), area('enclave-sokh')] }, 'enclave', labels);
    expect(places.map((p) => p.location)).toEqual([[70.6, 39.85], undefined]);
  });

  it('drops bad coordinates and malformed files instead of throwing', () => {
    expect(placesFromGeoJson({ features: [town('x', ['a', 1]), town('y', [500, 1])] }, 'town').map((p) => p.location)).toEqual([
      undefined,
      undefined,
    ]);
    expect(placesFromGeoJson('nonsense', 'town')).toEqual([]);
    expect(labelPointsFromGeoJson({ features: [null, { properties: { target: 't' }, geometry: null }] }).size).toBe(0);
  });
});
