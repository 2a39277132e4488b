import { describe, expect, it } from 'vitest';
import type { PlaceInfo } from '../../../src/model/loadedData';
import { splitByView } from '../../../src/state/offscreen';
import { makeEvent, timed } from '../../helpers/makeEvent';

const BORDER_AREA: [number, number, number, number] = [69.0, 39.4, 72.5, 40.6];
const places: Record<string, PlaceInfo> = {
  bishkek: { id: 'bishkek', name: { en: 'Bishkek', ru: 'Бишкек' }, kind: 'place', location: [74.6, 42.8667] },
  dushanbe: { id: 'dushanbe', name: { en: 'Dushanbe' }, kind: 'place', location: [68.7833, 38.5333] },
  khujand: { id: 'khujand', name: { en: 'Khujand' }, kind: 'town', location: [69.62, 40.28] },
};

describe('splitByView', () => {
  it('counts the events in view and groups the others by place, most first', () => {
    const events = timed(
      makeEvent({ id: 'a', date: '2020-01-01', places: ['khujand'], location: [69.62, 40.28] }),
      makeEvent({ id: 'b', date: '2021-01-01', places: ['bishkek'], location: [74.6, 42.8667] }),
      makeEvent({ id: 'c', date: '2022-01-01', places: ['bishkek'], location: [74.6, 42.8667] }),
      // Names Bishkek first but is pinned in Dushanbe: the group is named for where its pin is.
      makeEvent({ id: 'd', date: '2023-01-01', places: ['bishkek', 'dushanbe'], location: [68.7833, 38.5333] }),
    );
    const split = splitByView(events, BORDER_AREA, places);
    expect(split.inView).toBe(1);
    expect(split.offscreen.map((g) => [g.name?.en, g.count])).toEqual([
      ['Bishkek', 2],
      ['Dushanbe', 1],
    ]);
  });

  it('falls back to the first place, or no name, when no place lies at the pin', () => {
    const events = timed(
      makeEvent({ id: 'a', date: '2020-01-01', places: ['khujand'], location: [60, 45] }),
      makeEvent({ id: 'b', date: '2020-01-01', places: ['unknown-place'], location: [61, 45] }),
    );
    const names = splitByView(events, BORDER_AREA, places).offscreen.map((g) => g.name?.en ?? null);
    expect(names.sort()).toEqual(['Khujand', null].sort());
  });

  it('keeps every pin of a group in its bounds', () => {
    const events = timed(
      makeEvent({ id: 'a', date: '2020-01-01', location: [74.6, 42.8667] }),
      makeEvent({ id: 'b', date: '2020-01-01', location: [74.604, 42.869] }),
    );
    const [group] = splitByView(events, BORDER_AREA, places).offscreen;
    expect(group?.count).toBe(2);
    expect(group?.bounds).toEqual([74.6, 42.8667, 74.604, 42.869]);
  });
});
