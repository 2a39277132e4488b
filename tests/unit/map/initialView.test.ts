import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BORDER_AREA_BOUNDS, GEO_BOX, MAX_BOUNDS } from '../../../src/map/initialView';

const config = readFileSync(path.join(__dirname, '../../../scripts/geo/config.mjs'), 'utf8');

describe('the pan limit', () => {
  it('is the geo build box, so the countries never end inside the pannable area by more than the margin', () => {
    const box = /export const REGION_BOX = \[([^\]]+)\]/.exec(config)?.[1]?.split(',').map(Number);
    expect(box).toEqual(GEO_BOX);
    const [[w, s], [e, n]] = MAX_BOUNDS as [[number, number], [number, number]];
    expect(w).toBeLessThanOrEqual(GEO_BOX[0]);
    expect(e).toBeGreaterThanOrEqual(GEO_BOX[2]);
    expect(GEO_BOX[0] - w).toBeLessThanOrEqual(1);
    expect(n - GEO_BOX[3]).toBeLessThanOrEqual(1);
    expect(s).toBeLessThanOrEqual(GEO_BOX[1]);
  });

  it('holds the first view', () => {
    const [[w, s], [e, n]] = MAX_BOUNDS as [[number, number], [number, number]];
    const [bw, bs, be, bn] = BORDER_AREA_BOUNDS;
    expect(bw > w && be < e && bs > s && bn < n).toBe(true);
  });

  it('lets a 900 × 500 map zoom out far enough to show Kyrgyzstan, Tajikistan and Uzbekistan whole', () => {
    const [[w], [e]] = MAX_BOUNDS as [[number, number], [number, number]];
    // MapLibre's widest view within maxBounds spans the bounds' width; the three countries span 55.9–80.3E.
    const widestZoom = Math.log2((900 * 360) / (512 * (e - w)));
    const neededZoom = Math.log2((900 * 360) / (512 * (80.3 - 55.9)));
    expect(widestZoom).toBeLessThanOrEqual(neededZoom);
  });
});
