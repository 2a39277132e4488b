import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../../src/components/rovingIndex';

describe('rovingIndex', () => {
  it('moves one entry with the arrows and to the ends with Home and End', () => {
    expect(rovingIndex('ArrowDown', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowUp', 2, 5)).toBe(1);
    expect(rovingIndex('Home', 2, 5)).toBe(0);
    expect(rovingIndex('End', 2, 5)).toBe(4);
  });

  it('stops at the ends instead of wrapping', () => {
    expect(rovingIndex('ArrowDown', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowUp', 0, 5)).toBe(0);
  });

  it('leaves other keys, and an empty list, alone', () => {
    expect(rovingIndex('Enter', 2, 5)).toBeNull();
    expect(rovingIndex('ArrowLeft', 2, 5)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
