import { describe, expect, it } from 'vitest';
import { edgePointers, MAX_POINTERS } from '../../../src/map/edgePointers';
import type { OffscreenGroup } from '../../../src/state/offscreen';

const VIEW: [number, number, number, number] = [69.0, 39.4, 72.5, 40.6];
const group = (lon: number, lat: number, count = 1, en = `${lon},${lat}`): OffscreenGroup => ({
  location: [lon, lat],
  bounds: [lon, lat, lon, lat],
  count,
  name: { en },
});

describe('edgePointers', () => {
  it('points north-east at Bishkek from the border area, on the top or right edge', () => {
    const [p] = edgePointers(VIEW, [group(74.6, 42.87, 12, 'Bishkek')]);
    expect(p).toBeDefined();
    if (!p) return;
    expect(p.count).toBe(12);
    expect(p.angle).toBeLessThan(0);
    expect(p.angle).toBeGreaterThan(-90);
    // On the inset edge: either the top row or the right column.
    expect(Math.min(Math.abs(p.y - 0.06), Math.abs(p.x - 0.94))).toBeLessThan(1e-9);
  });

  it('points south-west at Dushanbe and straight north at Astana', () => {
    const [sw] = edgePointers(VIEW, [group(68.78, 38.53)]);
    const [north] = edgePointers(VIEW, [group(70.75, 51.17)]);
    expect(sw?.angle).toBeGreaterThan(90);
    expect(sw?.angle).toBeLessThan(180);
    expect(north?.x).toBeCloseTo(0.5, 5);
    expect(north?.y).toBeCloseTo(0.06, 5);
  });

  it('merges groups that would overlap into the larger one, keeping every pin in its bounds', () => {
    const pointers = edgePointers(VIEW, [group(74.6, 42.87, 12, 'Bishkek'), group(74.7, 42.9, 2, 'Near Bishkek')]);
    expect(pointers).toHaveLength(1);
    expect(pointers[0]).toMatchObject({ count: 14, others: 2, name: { en: 'Bishkek' }, bounds: [74.6, 42.87, 74.7, 42.9] });
  });

  it('caps the number of pointers so the edge stays readable', () => {
    const ring = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return group(70.75 + 20 * Math.cos(a), 40 + 10 * Math.sin(a));
    });
    expect(edgePointers(VIEW, ring).length).toBeLessThanOrEqual(MAX_POINTERS);
  });
});
