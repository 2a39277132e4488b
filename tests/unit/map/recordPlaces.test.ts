import { describe, expect, it } from 'vitest';
import { recordPlacesCollection } from '../../../src/map/recordPlaces';
import type { PlaceInfo } from '../../../src/model/loadedData';

describe('recordPlacesCollection', () => {
  it('draws the record’s own located places, with their names and precision, and nothing the geo layers hold', () => {
    const places: Record<string, PlaceInfo> = {
      golovnoy: {
        id: 'golovnoy',
        name: { en: 'Golovnoy water distribution point', ru: 'Головной водораспределитель' },
        kind: 'place',
        precision: 'inferred',
        location: [70.536, 39.95],
      },
      substation: { id: 'substation', name: { en: 'Datka substation' }, kind: 'place', precision: 'unknown' },
      batken: { id: 'batken', name: { en: 'Batken' }, kind: 'town', location: [70.8, 40.06] },
    };
    const fc = recordPlacesCollection(places);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.geometry.coordinates).toEqual([70.536, 39.95]);
    expect(fc.features[0]?.properties).toEqual({
      id: 'golovnoy',
      precision: 'inferred',
      name_en: 'Golovnoy water distribution point',
      name_ru: 'Головной водораспределитель',
    });
  });
});
