import { describe, expect, it } from 'vitest';
import { BARS_HEIGHT, barHeight, MIN_BAR_HEIGHT } from '../../../src/timeline/densityLayout';

describe('barHeight', () => {
  it('draws nothing for an empty month', () => {
    expect(barHeight(0, 40)).toBe(0);
  });

  it('keeps a single event readable beside a busy month, and gives the busiest the full height', () => {
    expect(barHeight(1, 200)).toBeGreaterThanOrEqual(MIN_BAR_HEIGHT);
    expect(barHeight(200, 200)).toBe(BARS_HEIGHT);
    expect(barHeight(1, 1)).toBe(BARS_HEIGHT);
  });

  it('grows with the count', () => {
    for (let n = 1; n < 30; n++) expect(barHeight(n + 1, 30)).toBeGreaterThan(barHeight(n, 30));
  });
});
