import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borderLineText, statedDistance } from '../../../src/details/borderLineText';
import { translate } from '../../../src/i18n/translate';
import { BORDER_SIDES } from '../../../src/model/borderContext';
import { LANGS, type Lang } from '../../../src/model/languages';
import { LOCATION_PRECISIONS } from '../../../src/model/record';

/** The translate function of one language, as useT gives it. */
const tIn = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(lang, key, params);
const en = tIn('en');

describe('statedDistance', () => {
  it.each([
    [0.04, true, { form: 'kmUnder', km: 0.1 }],
    [2.14, true, { form: 'km', km: 2.1 }],
    [7.298, true, { form: 'km', km: 7.3 }],
    [23.6, true, { form: 'km', km: 24 }],
    [387.4, true, { form: 'kmAbout', km: 390 }],
    [0.4, false, { form: 'kmUnder', km: 1 }],
    [2.4, false, { form: 'kmAbout', km: 2 }],
    [44.5, false, { form: 'kmAbout', km: 45 }],
    [151, false, { form: 'kmAbout', km: 150 }],
  ] as const)('%s km, exact pin %s → %o', (km, exact, expected) => {
    expect(statedDistance(km, exact)).toEqual(expected);
  });

  it('never states a plain figure for an approximate pin, nor a tenth of a km for one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), (km) => {
        const stated = statedDistance(km, false);
        expect(stated.form).not.toBe('km');
        expect(Number.isInteger(stated.km)).toBe(true);
      }),
    );
  });

  it('stays within the rounding it claims', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), fc.boolean(), (km, exact) => {
        const stated = statedDistance(km, exact);
        if (stated.form === 'kmUnder') expect(km).toBeLessThan(stated.km);
        else expect(Math.abs(stated.km - km)).toBeLessThanOrEqual(km >= 100 ? 5 : exact && km < 10 ? 0.05 : 0.5);
      }),
    );
  });
});

describe('borderLineText', () => {
  it('says how far and on which side, and by which line', () => {
    expect(borderLineText(en, { side: 'KG', distanceKm: 2.14 }, 'exact')).toBe(
      '2.1 km from the Kyrgyz–Tajik border, in Kyrgyzstan (by the line as mapped before 2025)',
    );
  });

  it('rounds more coarsely and says so for an approximate or inferred pin', () => {
    expect(borderLineText(en, { side: 'TJ', distanceKm: 2.14 }, 'approximate')).toBe(
      'About 2 km from the Kyrgyz–Tajik border, in Tajikistan (from an approximate position, by the line as mapped before 2025)',
    );
    expect(borderLineText(en, { side: 'UZ', distanceKm: 0.3 }, 'inferred')).toBe(
      'Less than 1 km from the Kyrgyz–Tajik border, in Uzbekistan (from an inferred position, by the line as mapped before 2025)',
    );
  });

  it('gives no distance for a pin that stands for a whole area', () => {
    expect(borderLineText(en, { side: 'KG', distanceKm: 7.3 }, 'region')).not.toMatch(/\d/);
  });

  it('writes numbers the language’s way', () => {
    expect(borderLineText(tIn('ru'), { side: 'KG', distanceKm: 2.14 }, 'exact')).toMatch(/^2,1 км .*в Кыргызстане/);
  });

  it('is a whole sentence in every language, for every side and every kind of pin', () => {
    for (const lang of LANGS) {
      const t = tIn(lang);
      const texts = new Set<string>();
      for (const side of BORDER_SIDES) {
        for (const precision of LOCATION_PRECISIONS) {
          const text = borderLineText(t, { side, distanceKm: 12.3 }, precision);
          expect(text).not.toMatch(/[{}]/);
          texts.add(text);
        }
      }
      // Sides differ for every located pin; a regional pin reads the same whatever the side.
      expect(texts.size).toBe(BORDER_SIDES.length * (LOCATION_PRECISIONS.length - 1) + 1);
    }
  });
});
