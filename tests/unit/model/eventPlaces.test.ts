import { describe, expect, it } from 'vitest';
import { selectedPlacesCollection } from '../../../src/map/selectedPlaces';
import { footprintBounds, otherPlaces } from '../../../src/model/eventPlaces';
import type { PlaceInfo } from '../../../src/model/loadedData';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { makeEvent, timed } from '../../helpers/makeEvent';

const places: Record<string, PlaceInfo> = {
  batken: { id: 'batken', name: { en: 'Batken', ru: 'Баткен' }, kind: 'town', location: [70.81939, 40.06259] },
  maksat: { id: 'maksat', name: { en: 'Maksat' }, kind: 'town', location: [69.7142, 40.1397] },
  karamyk: { id: 'karamyk', name: { en: 'Karamyk' }, kind: 'checkpoint', location: [71.63049, 39.44001] },
  substation: { id: 'substation', name: { en: 'Substation' }, kind: 'place' },
};
const war = timed(
  makeEvent({
    id: 'war',
    date: '2022-09-14',
    category: 'clash',
    places: ['batken', 'maksat', 'karamyk', 'substation', 'unknown', 'maksat'],
    location: [70.81939, 40.06259],
  }),
)[0] as TimedEvent;

describe('the places of an event', () => {
  it('lists the located places away from the pin, once each', () => {
    expect(otherPlaces(war, places).map((p) => p.id)).toEqual(['maksat', 'karamyk']);
  });

  it('frames the pin and every other place', () => {
    expect(footprintBounds(war, places)).toEqual([69.7142, 39.44001, 71.63049, 40.1397]);
    const lone = timed(
      makeEvent({ id: 'lone', date: '2020-01-01', places: ['batken'], location: [70.81939, 40.06259] }),
    )[0] as TimedEvent;
    expect(footprintBounds(lone, places)).toEqual([70.81939, 40.06259, 70.81939, 40.06259]);
  });

  it('draws a ring and a spoke from the pin for each, named in every language known', () => {
    const fc = selectedPlacesCollection(war, places);
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'LineString', 'Point']);
    expect(fc.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [70.81939, 40.06259],
        [69.7142, 40.1397],
      ],
    });
    expect(fc.features[1]?.properties).toEqual({ id: 'maksat', category: 'clash', name_en: 'Maksat' });
    expect(selectedPlacesCollection(null, places).features).toEqual([]);
  });
});
