import { describe, expect, it } from 'vitest';
import { scaleReading } from '../../../src/map/scaleBar';

describe('scaleReading', () => {
  it('rounds down to 1, 2, 3 or 5 times a power of ten and shortens the bar to match', () => {
    expect(scaleReading(12_600, 100)).toEqual({ width: (10 / 12.6) * 100, distance: 10, unit: 'km' });
    expect(scaleReading(27_000, 100)).toEqual({ width: (20 / 27) * 100, distance: 20, unit: 'km' });
    expect(scaleReading(3_400, 100)?.distance).toBe(3);
    expect(scaleReading(5_000, 100)).toEqual({ width: 100, distance: 5, unit: 'km' });
  });

  it('writes metres below a kilometre', () => {
    expect(scaleReading(740, 100)).toEqual({ width: (500 / 740) * 100, distance: 500, unit: 'm' });
    expect(scaleReading(0.8, 100)?.distance).toBeCloseTo(0.5);
  });

  it('draws nothing for a span it cannot measure', () => {
    expect(scaleReading(0, 100)).toBeNull();
    expect(scaleReading(Number.NaN, 100)).toBeNull();
    expect(scaleReading(1000, 0)).toBeNull();
  });
});
