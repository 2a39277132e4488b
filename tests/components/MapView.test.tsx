// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';

// jsdom has no WebGL: a small fake Map records what the component asks of MapLibre.
const created: FakeMap[] = [];
class FakeMap {
  options: { style: StyleSpecification; container: HTMLElement; locale?: Record<string, string> };
  controls: unknown[] = [];
  canvas = document.createElement('canvas');
  getCanvas() {
    return this.canvas;
  }
  getContainer() {
    return this.options.container;
  }
  /** 1 px is 100 m, so the 100 px scale bar spans 10 km. */
  unproject([x]: [number, number]) {
    return { x, distanceTo: (other: { x: number }) => Math.abs(other.x - x) * 100 };
  }
  removeControl(control: { onRemove?: () => void }) {
    this.controls = this.controls.filter((c) => c !== control);
    control.onRemove?.();
    return this;
  }
  removed = false;
  constructor(options: FakeMap['options']) {
    this.options = options;
    // jsdom lays nothing out: give the container a size, as a page would.
    Object.defineProperty(options.container, 'clientWidth', { value: 800, configurable: true });
    Object.defineProperty(options.container, 'clientHeight', { value: 600, configurable: true });
    created.push(this);
  }
  addControl(control: { onAdd?: (map: FakeMap) => HTMLElement }) {
    this.controls.push(control);
    const element = control.onAdd?.(this);
    if (element) this.options.container.append(element);
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
  // MapLibre's controls label their buttons once, when added, from the map's string table.
  NavigationControl: class NavigationControl {
    onAdd(map: FakeMap) {
      const div = document.createElement('div');
      const buttons: [string, string][] = [
        ['zoom-in', 'ZoomIn'],
        ['zoom-out', 'ZoomOut'],
        ['compass', 'ResetBearing'],
      ];
      for (const [name, key] of buttons) {
        const button = document.createElement('button');
        button.className = `maplibregl-ctrl-${name}`;
        button.setAttribute('aria-label', map.options.locale?.[`NavigationControl.${key}`] ?? key);
        div.append(button);
      }
      return div;
    }
  },
  AttributionControl: class AttributionControl {
    constructor(public options: unknown) {}
  },
  setWorkerUrl: vi.fn(),
  prewarm: vi.fn(),
  addProtocol: vi.fn(),
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
      'ScaleBar',
      'AttributionControl',
    ]);
    expect(window.__borderMap).toBe(map);
    expect(map?.listeners.has('click')).toBe(true);
  });

  it('speaks the interface language in its controls, and changes it without rebuilding the map', () => {
    render(<MapView />);
    const map = created[0];
    const zoomIn = () => map?.options.container.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label');
    const scale = () => map?.options.container.querySelector('.maplibregl-ctrl-scale')?.textContent;
    expect(map?.options.locale?.['NavigationControl.ZoomIn']).toBe('Zoom in');
    expect(zoomIn()).toBe('Zoom in');
    expect(scale()).toBe('10\u00a0km');
    const before = [...(map?.controls ?? [])];
    act(() => appStore.getState().setLang('ru'));
    expect(created).toHaveLength(1);
    expect(zoomIn()).toBe('Приблизить');
    expect(map?.canvas.getAttribute('aria-label')).toBe('Карта');
    expect(scale()).toBe('10\u00a0км');
    // Same controls, re-labelled through the public DOM: no private MapLibre field is written.
    expect(map?.controls).toEqual(before);
    expect(map && '_locale' in map).toBe(false);
    act(() => appStore.getState().setLang('en'));
  });

  it('describes its arrow keys to screen readers through the canvas, in the interface language', () => {
    render(<MapView />);
    const canvas = created[0]?.canvas;
    const description = () => document.getElementById(canvas?.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(description()).toMatch(/^Arrow keys step through the events/);
    act(() => appStore.getState().setLang('ru'));
    expect(description()).toMatch(/^Стрелки переходят между событиями/);
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
