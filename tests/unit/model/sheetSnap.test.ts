import { describe, expect, it } from 'vitest';
import {
  coveredMapBottom,
  cycleSize,
  FLICK_PX_PER_MS,
  FULL_SHEET_GAP_PX,
  MIN_PEEK_PX,
  sheetHeights,
  sheetInset,
  snapAfterDrag,
  stepSize,
} from '../../../src/model/sheetSnap';

// A 375×667 phone whose peek shows 130 px (handle, buttons, a two-line title and a line).
const PHONE = sheetHeights(667, 130);

describe('sheetHeights', () => {
  it('peeks at what was measured, halves the viewport, and leaves a strip above the full sheet', () => {
    expect(PHONE).toEqual({ peek: 130, half: 334, full: 667 - FULL_SHEET_GAP_PX });
  });

  it('keeps peek < half < full even for a tiny viewport or a huge title', () => {
    for (const [viewport, peek] of [
      [200, 500],
      [100, 20],
      [1000, 0],
      [667, 5000],
    ] as const) {
      const h = sheetHeights(viewport, peek);
      expect(h.peek).toBeLessThan(h.half);
      expect(h.half).toBeLessThan(h.full);
      expect(h.peek).toBeGreaterThanOrEqual(Math.min(MIN_PEEK_PX, h.half - 1));
    }
  });
});

describe('snapAfterDrag', () => {
  it('goes to the nearest height when let go slowly', () => {
    expect(snapAfterDrag(PHONE, 140, 0)).toBe('peek');
    expect(snapAfterDrag(PHONE, 300, 0.1)).toBe('half');
    expect(snapAfterDrag(PHONE, 560, -0.1)).toBe('full');
    // Halfway between peek (130) and half (334) is 232.
    expect(snapAfterDrag(PHONE, 231, 0)).toBe('peek');
    expect(snapAfterDrag(PHONE, 233, 0)).toBe('half');
  });

  it('goes on to the next height in the direction of a flick', () => {
    // Just above peek, flicked up: half, though peek is nearer.
    expect(snapAfterDrag(PHONE, 150, FLICK_PX_PER_MS)).toBe('half');
    // Just below full, flicked down: half.
    expect(snapAfterDrag(PHONE, 600, -FLICK_PX_PER_MS * 2)).toBe('half');
    // Just above half, flicked up: full; just below it, flicked down: peek.
    expect(snapAfterDrag(PHONE, 340, 1)).toBe('full');
    expect(snapAfterDrag(PHONE, 330, -1)).toBe('peek');
  });

  it('stops at the ends when flicked past them', () => {
    expect(snapAfterDrag(PHONE, PHONE.full + 10, 2)).toBe('full');
    expect(snapAfterDrag(PHONE, PHONE.peek - 40, -2)).toBe('peek');
  });
});

describe('keyboard steps', () => {
  it('cycles peek → half → full → peek', () => {
    expect(cycleSize('peek')).toBe('half');
    expect(cycleSize('half')).toBe('full');
    expect(cycleSize('full')).toBe('peek');
  });

  it('steps up and down, stopping at the ends', () => {
    expect(stepSize('peek', 1)).toBe('half');
    expect(stepSize('half', 1)).toBe('full');
    expect(stepSize('full', 1)).toBe('full');
    expect(stepSize('full', -1)).toBe('half');
    expect(stepSize('peek', -1)).toBe('peek');
  });
});

describe('the map under the sheet', () => {
  it('covers nothing without a sheet', () => {
    expect(sheetInset(null, 'full')).toBe(0);
    expect(coveredMapBottom({ top: 0, bottom: 400 }, 667, 0)).toBe(0);
  });

  it('covers the part of the map below the sheet top', () => {
    expect(sheetInset(PHONE, 'half')).toBe(334);
    // Map from 0 to 367, sheet top at 667 − 334 = 333: 34 px covered.
    expect(coveredMapBottom({ top: 0, bottom: 367 }, 667, 334)).toBe(34);
    // A peek that stays below the map covers none of it.
    expect(coveredMapBottom({ top: 0, bottom: 367 }, 667, 130)).toBe(0);
  });

  it('never covers the whole map: some height is left to centre in', () => {
    expect(coveredMapBottom({ top: 80, bottom: 447 }, 667, 619, 40)).toBe(367 - 40);
  });
});
