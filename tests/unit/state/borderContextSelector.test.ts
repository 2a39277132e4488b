import { describe, expect, it } from 'vitest';
import type { BorderGeometry } from '../../../src/model/borderContext';
import { selectSelectedBorderContext } from '../../../src/state/selectors';
import { makeEvent } from '../../helpers/makeEvent';
import { storeWith } from '../../helpers/renderWithStore';

// A made-up square "KG" west of a made-up north–south "line" at 71°E: enough to tell the selector's
// wiring apart; the real files are tested in tests/unit/data/borderGeometry.test.ts.
const square = (w: number, e: number): [number, number][][] => [
  [
    [w, 39],
    [e, 39],
    [e, 41],
    [w, 41],
    [w, 39],
  ],
];
const geometry: BorderGeometry = {
  lines: [
    [
      [71, 39],
      [71, 41],
    ],
  ],
  countries: [
    { iso2: 'KG', polygons: [square(70, 71)], bbox: [70, 39, 71, 41] },
    { iso2: 'TJ', polygons: [square(71, 72)], bbox: [71, 39, 72, 41] },
  ],
};

const west = makeEvent({ id: 'west', date: '2021-01-01', location: [70.5, 40] });
const east = makeEvent({ id: 'east', date: '2021-02-01', location: [71.2, 40] });

describe('selectSelectedBorderContext', () => {
  it('is null until the geometry is loaded and while nothing is selected', () => {
    const store = storeWith([west, east]);
    store.getState().select('west');
    expect(selectSelectedBorderContext(store.getState())).toBeNull();
    store.getState().setBorderGeometry(geometry);
    store.getState().select(null);
    expect(selectSelectedBorderContext(store.getState())).toBeNull();
  });

  it('answers for the selected event, the same object until the selection changes', () => {
    const store = storeWith([west, east]);
    store.getState().setBorderGeometry(geometry);
    store.getState().select('west');
    const first = selectSelectedBorderContext(store.getState());
    expect(first?.side).toBe('KG');
    // 0.5° of longitude at 40°N is about 42.6 km.
    expect(first?.distanceKm).toBeGreaterThan(42);
    expect(first?.distanceKm).toBeLessThan(43);
    store.getState().setDay(store.getState().day - 1);
    expect(selectSelectedBorderContext(store.getState())).toBe(first);
    store.getState().select('east');
    expect(selectSelectedBorderContext(store.getState())).toMatchObject({ side: 'TJ' });
  });
});
