import { describe, expect, it } from 'vitest';
import type { LonLatBounds } from '../../../src/model/lonLatBounds';
import type { LonLat } from '../../../src/model/record';
import { markerStepForKey, markersInView, stepMarker } from '../../../src/state/markerSteps';
import { makeEvent, timed } from '../../helpers/makeEvent';

const at = (id: string, location: LonLat) => makeEvent({ id, date: '2022-01-01', location });

// A cross of markers around Batken, plus two events stacked on one pin.
const markers = timed(
  at('west', [70.0, 40.0]),
  at('east', [71.0, 40.0]),
  at('north', [70.5, 40.5]),
  at('south', [70.5, 39.5]),
  at('pin-b', [70.5, 40.0]),
  at('pin-a', [70.5, 40.0]),
);

/** Every id one arrow visits from nothing, pressing it once per marker. */
function walk(step: Parameters<typeof stepMarker>[2]): (string | null)[] {
  const seen: (string | null)[] = [];
  let id: string | null = null;
  for (let i = 0; i < markers.length; i++) {
    id = stepMarker(markers, id, step);
    seen.push(id);
  }
  return seen;
}

describe('stepMarker', () => {
  it('walks west to east with →, north first on one meridian, a shared pin by id', () => {
    expect(walk('east')).toEqual(['west', 'north', 'pin-a', 'pin-b', 'south', 'east']);
  });

  it('walks the same order backwards with ←, starting at the easternmost', () => {
    expect(walk('west')).toEqual(['east', 'south', 'pin-b', 'pin-a', 'north', 'west']);
  });

  it('walks south to north with ↑ and north to south with ↓', () => {
    expect(walk('north')).toEqual(['south', 'west', 'pin-a', 'pin-b', 'east', 'north']);
    expect(walk('south')).toEqual(['north', 'east', 'pin-b', 'pin-a', 'west', 'south']);
  });

  it('wraps past the last marker to the first', () => {
    expect(stepMarker(markers, 'east', 'east')).toBe('west');
    expect(stepMarker(markers, 'west', 'west')).toBe('east');
    expect(stepMarker(markers, 'north', 'north')).toBe('south');
  });

  it('reaches every marker with one arrow', () => {
    expect(new Set(walk('east'))).toEqual(new Set(markers.map((e) => e.id)));
  });

  it('starts again from the end when the current marker is no longer among them', () => {
    expect(stepMarker(markers, 'gone', 'east')).toBe('west');
  });

  it('stays on a lone marker and finds nothing among none', () => {
    const lone = timed(at('only', [70, 40]));
    expect(stepMarker(lone, 'only', 'east')).toBe('only');
    expect(stepMarker([], null, 'east')).toBeNull();
  });
});

describe('markersInView', () => {
  it('keeps the shown events inside the view, or all of them before the map has one', () => {
    const view: LonLatBounds = [70.2, 39.8, 70.8, 40.2];
    expect(markersInView(markers, view).map((e) => e.id)).toEqual(['pin-a', 'pin-b']);
    expect(markersInView(markers, null)).toHaveLength(markers.length);
  });
});

describe('markerStepForKey', () => {
  it('maps the four arrows and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'Enter', 'a'].map(markerStepForKey)).toEqual([
      'west',
      'east',
      'south',
      'north',
      null,
      null,
    ]);
  });
});
