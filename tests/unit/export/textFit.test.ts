import { describe, expect, it } from 'vitest';
import type { FontSpec } from '../../../src/export/overlayTypes';
import { approximateTextWidth, wrapText } from '../../../src/export/textFit';

describe('wrapText', () => {
  const f: FontSpec = { px: 10, weight: 400, css: '400 10px sans-serif' };
  it('wraps at spaces and cuts the last allowed line with an ellipsis', () => {
    const lines = wrapText('one two three four five six', 60, f, approximateTextWidth, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(approximateTextWidth(l, f)).toBeLessThanOrEqual(60);
  });

  it('keeps short text whole', () => {
    expect(wrapText('  short  text ', 1000, f, approximateTextWidth, 2)).toEqual(['short text']);
  });

  it('cuts a single word longer than the line', () => {
    const [line] = wrapText('https://www.openstreetmap.org/copyright', 80, f, approximateTextWidth, 1);
    expect(line?.endsWith('…')).toBe(true);
    expect(approximateTextWidth(line ?? '', f)).toBeLessThanOrEqual(80);
  });
});
