// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';

// jsdom has no WebGL: a small fake Map records what the component asks of MapLibre.
const created: FakeMap[] = [];
class FakeMap {
  options: { style: StyleSpecification; container: HTMLElement; locale?: Record<string, string> };
  controls: unknown[] = [];
  _locale: Record<string, string> = {};
  canvas = document.createElement('canvas');
  getCanvas() {
    return this.canvas;
  }
  removeControl(control: unknown) {
    this.controls = this.controls.filter((c) => c !== control);
    return this;
  }
  removed = false;
  constructor(options: FakeMap['options']) {
    this.options = options;
    created.push(this);
  }
  addControl(control: unknown) {
    this.controls.push(control);
    return this;
  }
  listeners = new Set<string>();
  once() {
    return this;
  }
  on(type: string, layerOrFn: unknown) {
    this.listeners.add(typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type);
    return this;
  }
  off(type: string, layerOrFn: unknown) {
    this.listeners.delete(typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type);
    return this;
  }
  remove() {
    this.removed = true;
  }
}
vi.mock('maplibre-gl', () => ({
  Map: FakeMap,
  NavigationControl: class NavigationControl {},
  ScaleControl: class ScaleControl {},
  AttributionControl: class AttributionControl {
    constructor(public options: unknown) {}
  },
  setWorkerUrl: vi.fn(),
  prewarm: vi.fn(),
}));

const { MapView } = await import('../../src/map/MapView');
const { appStore } = await import('../../src/state/store');

afterEach(() => {
  cleanup();
  created.length = 0;
});

describe('MapView', () => {
  it('creates one map with the offline style inside its container', () => {
    const { getByTestId } = render(<MapView />);
    expect(created).toHaveLength(1);
    const map = created[0];
    expect(map?.options.container).toBe(getByTestId('map'));
    expect(map?.options.style.version).toBe(8);
    expect(Object.keys(map?.options.style.sources ?? {})).toContain('border');
    expect(JSON.stringify(map?.options.style)).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(map?.controls.map((c) => (c as object).constructor.name)).toEqual([
      'NavigationControl',
      'ScaleControl',
      'AttributionControl',
    ]);
    expect(window.__borderMap).toBe(map);
    expect(map?.listeners.has('click')).toBe(true);
  });

  it('speaks the interface language in its controls, and changes it without rebuilding the map', () => {
    render(<MapView />);
    const map = created[0];
    expect(map?.options.locale?.['NavigationControl.ZoomIn']).toBe('Zoom in');
    const before = map?.controls[0];
    act(() => appStore.getState().setLang('ru'));
    expect(created).toHaveLength(1);
    expect(map?._locale['NavigationControl.ZoomIn']).toBe('Приблизить');
    expect(map?.canvas.getAttribute('aria-label')).toBe('Карта');
    expect(map?.controls).toHaveLength(3);
    expect(map?.controls[0]).not.toBe(before);
    act(() => appStore.getState().setLang('en'));
  });

  it('removes the map and its automation handle on unmount', () => {
    const { unmount } = render(<MapView />);
    const map = created[0];
    unmount();
    expect(map?.removed).toBe(true);
    expect(map?.listeners.size).toBe(0);
    expect(window.__borderMap).toBeUndefined();
  });
});
