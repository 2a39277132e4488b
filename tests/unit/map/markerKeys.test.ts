// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bindMarkerKeys } from '../../../src/map/markerKeys';
import { toDayNumber } from '../../../src/model/days';
import { makeEvent } from '../../helpers/makeEvent';
import { storeWith } from '../../helpers/renderWithStore';

function setup() {
  const store = storeWith([
    makeEvent({ id: 'west', date: '2021-01-01', location: [70.0, 40.0] }),
    makeEvent({ id: 'east', date: '2021-01-01', location: [71.0, 40.0] }),
    // Outside the view below: no arrow lands on it.
    makeEvent({ id: 'far', date: '2021-01-01', location: [74.6, 42.9] }),
    // Not yet happened at the date: hidden, so no arrow lands on it either.
    makeEvent({ id: 'later', date: '2024-01-01', location: [70.5, 40.0] }),
  ]);
  store.getState().setDay(toDayNumber('2022-01-01'));
  store.getState().setView({ zoom: 8, lat: 40, lon: 70.5, bounds: [69.5, 39.5, 71.5, 40.5] });
  // MapLibre listens on the canvas's container: a key handled here must not reach it.
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.append(canvas);
  const reachedMapLibre: string[] = [];
  container.addEventListener('keydown', (e) => reachedMapLibre.push(e.key));
  const panBy = vi.fn();
  const unbind = bindMarkerKeys({ getCanvas: () => canvas, panBy } as never, () => store.getState(), true);
  const press = (key: string, shiftKey = false) => {
    const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
    canvas.dispatchEvent(event);
    return event;
  };
  return { store, canvas, press, panBy, reachedMapLibre, unbind };
}

describe('bindMarkerKeys', () => {
  it('steps through the shown markers in view with the arrows, labelling each', () => {
    const { store, press, reachedMapLibre } = setup();
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    expect(store.getState()).toMatchObject({ markerFocusId: 'west', hoveredId: 'west' });
    press('ArrowRight');
    expect(store.getState().markerFocusId).toBe('east');
    press('ArrowRight');
    expect(store.getState().markerFocusId).toBe('west');
    press('ArrowLeft');
    expect(store.getState().markerFocusId).toBe('east');
    expect(reachedMapLibre).toEqual([]);
  });

  it('opens the focused marker with Enter and leaves it with Escape', () => {
    const { store, press, reachedMapLibre } = setup();
    press('ArrowRight');
    press('Enter');
    expect(store.getState().selectedId).toBe('west');
    press('Escape');
    expect(store.getState()).toMatchObject({ markerFocusId: null, hoveredId: null, selectedId: 'west' });
    // With no marker focused, Escape goes on (to close the details panel, say).
    press('Escape');
    expect(reachedMapLibre).toEqual(['Escape']);
  });

  it('pans with Shift+arrow instead of letting MapLibre rotate, and leaves + and − to MapLibre', () => {
    const { store, press, panBy, reachedMapLibre } = setup();
    press('ArrowRight', true);
    press('ArrowUp', true);
    expect(panBy.mock.calls.map((c) => c[0])).toEqual([
      [100, 0],
      [0, -100],
    ]);
    expect(store.getState().markerFocusId).toBeNull();
    press('+');
    expect(reachedMapLibre).toEqual(['+']);
  });

  it('finds nothing when the events layer is off, and lets go of the marker when the map loses focus', () => {
    const { store, press, canvas } = setup();
    press('ArrowRight');
    canvas.dispatchEvent(new FocusEvent('blur'));
    expect(store.getState()).toMatchObject({ markerFocusId: null, hoveredId: null });
    store.getState().setLayer('events', false);
    press('ArrowRight');
    expect(store.getState().markerFocusId).toBeNull();
  });

  it('a pointer hover takes the label over from the keyboard', () => {
    const { store, press } = setup();
    press('ArrowRight');
    store.getState().hover('east');
    expect(store.getState()).toMatchObject({ markerFocusId: null, hoveredId: 'east' });
    // The next arrow goes on from the marker under the pointer.
    press('ArrowRight');
    expect(store.getState().markerFocusId).toBe('west');
  });

  it('goes on from the open event when no marker is labelled', () => {
    const { store, press } = setup();
    store.getState().select('east');
    press('ArrowLeft');
    expect(store.getState().markerFocusId).toBe('west');
  });

  it('stops listening when unbound', () => {
    const { store, press, unbind } = setup();
    unbind();
    press('ArrowRight');
    expect(store.getState().markerFocusId).toBeNull();
  });
});
