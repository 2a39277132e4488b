import { describe, expect, it } from 'vitest';
import { EDGE_INSET, edgePointers, MAX_POINTERS, pointerBox } from '../../../src/map/edgePointers';
import type { OffscreenGroup } from '../../../src/state/offscreen';

const VIEW: [number, number, number, number] = [69.0, 39.4, 72.5, 40.6];
const DESKTOP = { width: 900, height: 500 };
const PHONE = { width: 375, height: 360 };
const group = (lon: number, lat: number, count = 1, en = `${lon},${lat}`): OffscreenGroup => ({
  location: [lon, lat],
  bounds: [lon, lat, lon, lat],
  count,
  name: { en },
});

describe('edgePointers', () => {
  it('points north-east at Bishkek from the border area, on the top or right edge, clear of the controls', () => {
    const [p] = edgePointers(VIEW, DESKTOP, [group(74.6, 42.87, 12, 'Bishkek')]);
    expect(p).toBeDefined();
    if (!p) return;
    expect(p.count).toBe(12);
    expect(p.angle).toBeLessThan(0);
    expect(p.angle).toBeGreaterThan(-90);
    const onTop = Math.abs(p.y - (EDGE_INSET.top + 15)) < 1e-9;
    const onRight = Math.abs(p.x - (DESKTOP.width - EDGE_INSET.right - 75)) < 1e-9;
    expect(onTop || onRight).toBe(true);
  });

  it('points south-west at Dushanbe and straight north at Astana', () => {
    const [sw] = edgePointers(VIEW, DESKTOP, [group(68.78, 38.53)]);
    const [north] = edgePointers(VIEW, DESKTOP, [group(70.75, 51.17)]);
    expect(sw?.angle).toBeGreaterThan(90);
    expect(sw?.angle).toBeLessThan(180);
    expect(north?.x).toBeCloseTo(DESKTOP.width / 2, 5);
    expect(north?.y).toBeCloseTo(EDGE_INSET.top + 15, 5);
  });

  it('merges groups whose pointers would overlap into the larger one, keeping every pin in its bounds', () => {
    const pointers = edgePointers(VIEW, DESKTOP, [group(74.6, 42.87, 12, 'Bishkek'), group(74.7, 42.9, 2, 'Near Bishkek')]);
    expect(pointers).toHaveLength(1);
    expect(pointers[0]).toMatchObject({ count: 14, others: 2, name: { en: 'Bishkek' }, bounds: [74.6, 42.87, 74.7, 42.9] });
  });

  it('merges more on a narrow map, where pointers are relatively wider', () => {
    const groups = [group(68.78, 38.53, 12, 'Dushanbe'), group(71.55, 37.49, 1, 'Khorog')];
    expect(edgePointers(VIEW, DESKTOP, groups)).toHaveLength(2);
    expect(edgePointers(VIEW, PHONE, groups)).toHaveLength(1);
  });

  it('keeps every pointer inside the map, and caps their number so the edge stays readable', () => {
    const ring = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return group(70.75 + 20 * Math.cos(a), 40 + 10 * Math.sin(a));
    });
    for (const size of [DESKTOP, PHONE]) {
      const pointers = edgePointers(VIEW, size, ring);
      expect(pointers.length).toBeLessThanOrEqual(MAX_POINTERS);
      const box = pointerBox(size);
      for (const p of pointers) {
        expect(p.x - box.width / 2).toBeGreaterThanOrEqual(0);
        expect(p.x + box.width / 2).toBeLessThanOrEqual(size.width);
        expect(p.y - box.height / 2).toBeGreaterThanOrEqual(0);
        expect(p.y + box.height / 2).toBeLessThanOrEqual(size.height);
      }
    }
  });

  it('draws none on a map too small to hold one', () => {
    expect(edgePointers(VIEW, { width: 120, height: 40 }, [group(74.6, 42.87)])).toEqual([]);
  });
});
