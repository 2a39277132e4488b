// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A map with the bits loadFullOutlines touches: zoom events, one idle, and each source's setData. */
function fakeMap() {
  const handlers = new Map<string, Set<() => void>>();
  const sent: [string, string][] = [];
  let zoom = 7.4;
  const map = {
    on: (type: string, fn: () => void) => handlers.set(type, (handlers.get(type) ?? new Set()).add(fn)),
    off: (type: string, fn: () => void) => handlers.get(type)?.delete(fn),
    once: (type: string, fn: () => void) => {
      const once = () => {
        handlers.get(type)?.delete(once);
        fn();
      };
      map.on(type, once);
    },
    getZoom: () => zoom,
    getSource: (id: string) => ({ setData: (url: string) => sent.push([id, url]) }),
  };
  const fire = (type: string) => {
    for (const fn of [...(handlers.get(type) ?? [])]) fn();
  };
  const zoomTo = (z: number) => {
    zoom = z;
    fire('zoom');
  };
  return { map, sent, fire, zoomTo };
}

// Module state (the first-map promise) is per page: a fresh copy per test.
async function fresh() {
  vi.resetModules();
  const readiness = await import('../../../src/map/readiness');
  const geoDetail = await import('../../../src/map/geoDetail');
  return { ...readiness, ...geoDetail };
}
const resolveUrl = (path: string) => `https://app.test/${path}`;
type LoadFull = Awaited<ReturnType<typeof fresh>>['loadFullOutlines'];
const start = (load: LoadFull, f: ReturnType<typeof fakeMap>, startedFull = false) =>
  load(f.map as unknown as Parameters<LoadFull>[0], resolveUrl, startedFull);

describe('the full outlines replace the overview', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Reflect.deleteProperty(window, 'requestIdleCallback');
    delete document.documentElement.dataset.geoDetail;
  });
  afterEach(() => vi.useRealTimers());

  it('once the first map is on screen: every overview source gets its full file, and the page says when they are drawn', async () => {
    const { loadFullOutlines, markFirstMapSettled } = await fresh();
    const f = fakeMap();
    const outlines = start(loadFullOutlines, f);
    expect(outlines.fileOf('countries')).toBe('geo/overview/countries.geojson');
    expect(outlines.fileOf('towns')).toBe('geo/towns.geojson');
    await vi.advanceTimersByTimeAsync(5000);
    expect(f.sent).toEqual([]);
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(1);
    expect(f.sent.map(([id]) => id).sort()).toEqual(['batken', 'border', 'countries', 'enclaves', 'sughd']);
    for (const [id, url] of f.sent) expect(url).toBe(`https://app.test/geo/${id}.geojson`);
    expect(outlines.fileOf('countries')).toBe('geo/countries.geojson');
    expect(document.documentElement.dataset.geoDetail).toBeUndefined();
    f.fire('idle');
    expect(document.documentElement.dataset.geoDetail).toBe('true');
  });

  it('at once when the view zooms past the overview zoom, and only once', async () => {
    const { loadFullOutlines, markFirstMapSettled, OVERVIEW_MAX_ZOOM } = await fresh();
    const f = fakeMap();
    start(loadFullOutlines, f);
    f.zoomTo(OVERVIEW_MAX_ZOOM);
    expect(f.sent).toEqual([]);
    f.zoomTo(OVERVIEW_MAX_ZOOM + 0.1);
    expect(f.sent).toHaveLength(5);
    f.zoomTo(12);
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(1);
    expect(f.sent).toHaveLength(5);
  });

  it('never, when the map started from the full files (a view that opens close in)', async () => {
    const { loadFullOutlines, markFirstMapSettled } = await fresh();
    const f = fakeMap();
    const outlines = start(loadFullOutlines, f, true);
    expect(document.documentElement.dataset.geoDetail).toBe('true');
    expect(outlines.fileOf('countries')).toBe('geo/countries.geojson');
    f.zoomTo(14);
    markFirstMapSettled();
    await vi.advanceTimersByTimeAsync(1);
    expect(f.sent).toEqual([]);
  });
});
