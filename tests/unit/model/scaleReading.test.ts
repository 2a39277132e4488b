import { describe, expect, it } from 'vitest';
import { metersPerPixel, scaleLabel, scaleReading } from '../../../src/model/scaleReading';

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

describe('scaleLabel', () => {
  it('joins the distance and the unit of the language with a no-break space', () => {
    const reading = scaleReading(27_000, 100);
    expect(reading && scaleLabel(reading, { km: 'км', m: 'м' })).toBe('20\u00a0км');
    const metres = scaleReading(740, 100);
    expect(metres && scaleLabel(metres, { km: 'km', m: 'm' })).toBe('500\u00a0m');
  });
});

describe('metersPerPixel', () => {
  it('is the equator (2π × 6,371 km) over a 512 px world at zoom 0', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo((2 * Math.PI * 6_371_008.8) / 512, 3);
  });

  it('halves with each zoom level and with the cosine of the latitude', () => {
    expect(metersPerPixel(0, 8) / metersPerPixel(0, 9)).toBeCloseTo(2, 10);
    expect(metersPerPixel(60, 5) / metersPerPixel(0, 5)).toBeCloseTo(0.5, 10);
    // Around the border (40° N) at zoom 9 a pixel is roughly 117 m.
    expect(metersPerPixel(40, 9)).toBeGreaterThan(115);
    expect(metersPerPixel(40, 9)).toBeLessThan(119);
  });
});
