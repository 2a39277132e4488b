import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/model/editDistance';
import { skeleton } from '../../../src/state/searchFold';

describe('search spelling fold', () => {
  it.each([
    ['Vorukh', 'Worukh', 'Voruh', 'Ворух', 'Воруҳ', 'Vorux', 'VORUKH'],
    ['Kok-Tash', 'Koktash', 'Kok Tash', 'Кок-Таш', 'Көк-Таш', 'Kök-Tash'],
    ['Khujand', 'Hujand', 'Худжанд', 'Хуҷанд', 'Khudzhand', 'Khudjand'],
    ['Isfara', 'Исфара', 'ISFARA'],
    ['Sughd', 'Суғд', 'Sugd', 'Sugʻd'],
  ])('brings the spellings of %s together', (...spellings) => {
    const folded = spellings.map((s) => skeleton(s).replace(/ /g, ''));
    expect(new Set(folded).size, folded.join(', ')).toBe(1);
  });

  it('keeps different names apart and words separate', () => {
    expect(skeleton('Vorukh')).not.toBe(skeleton('Batken'));
    expect(skeleton('«Ынтымак Ордо», 2025 — Bishkek')).toBe('intimak ordo 2025 bishkek');
    expect(skeleton('Kyrgyz–Tajik')).toBe('kirgiz tajik');
  });

  it('never grows a word from nothing, whatever the input', () => {
    for (const text of ['', ' ', '\u0000', '\u202E', '🙂', '%%', 'ʻ’']) expect(skeleton(text)).toBe('');
  });
});

describe('bounded edit distance', () => {
  it('counts insertions, deletions and substitutions up to the bound', () => {
    expect(boundedEditDistance('voruh', 'voruh', 1)).toBe(0);
    expect(boundedEditDistance('voroh', 'voruh', 1)).toBe(1);
    expect(boundedEditDistance('isfra', 'isfara', 1)).toBe(1);
    expect(boundedEditDistance('hojand', 'hujand', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('answers bound + 1 once the distance is beyond the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('batken', 'botkand', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
