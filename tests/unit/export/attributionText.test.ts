import { describe, expect, it } from 'vitest';
import { attributionText } from '../../../src/export/attributionText';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';

describe('attributionText', () => {
  it('strips the links but keeps the words and the © sign', () => {
    expect(attributionText(MAP_ATTRIBUTION[0] as string)).toBe('© OpenStreetMap contributors (ODbL)');
    expect(MAP_ATTRIBUTION.map(attributionText)).toEqual([
      '© OpenStreetMap contributors (ODbL)',
      'Natural Earth (public domain)',
      'GeoNames (CC BY 4.0)',
    ]);
  });

  it('decodes entities and leaves no markup', () => {
    expect(attributionText('&copy; <b>A</b> &amp; <a href="x">B</a>&nbsp;&#169;&#x41;')).toBe('© A & B ©A');
    expect(attributionText('<span\nclass="x">C</span>')).toBe('C');
  });
});
