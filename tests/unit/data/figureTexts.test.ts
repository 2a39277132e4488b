import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/model/languages';
import { localizedName } from '../../../src/model/localized';
import type { LocalizedText } from '../../../src/model/record';
import { eventFile } from './realData';

const CYRILLIC = /[\u0400-\u04FF]/;
/** Each figure's note and label, named for a failure message. */
const figureTexts: [string, LocalizedText][] = eventFile.events.flatMap((e) =>
  e.figures.flatMap((f, i) => [
    ...(f.note ? [[`${e.id} figure ${i} note`, f.note] as [string, LocalizedText]] : []),
    ...(f.label ? [[`${e.id} figure ${i} label`, f.label] as [string, LocalizedText]] : []),
  ]),
);

describe('figure notes and labels', () => {
  it('are written in all five languages (none falls back to English)', () => {
    expect(figureTexts.length).toBeGreaterThan(80);
    const gaps = figureTexts.flatMap(([where, text]) => LANGS.filter((l) => !text[l]).map((l) => `${where}: ${l}`));
    expect(gaps).toEqual([]);
  });

  it('keep every number of the English, and each language its script', () => {
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort().join(',');
    const wrong = figureTexts.flatMap(([where, text]) => [
      ...LANGS.filter((l) => numbers(text[l] ?? '') !== numbers(text.en)).map((l) => `${where}: numbers in ${l}`),
      ...(['ru', 'ky', 'tg'] as const).filter((l) => !CYRILLIC.test(text[l] ?? '')).map((l) => `${where}: ${l} not Cyrillic`),
      ...(CYRILLIC.test(text.uz ?? '') ? [`${where}: uz has Cyrillic`] : []),
    ]);
    expect(wrong).toEqual([]);
  });

  it('a partial count always says which part', () => {
    const partial = eventFile.events.flatMap((e) => e.figures.filter((f) => f.partial));
    expect(partial.length).toBeGreaterThan(0);
    for (const f of partial) expect(f.note?.en).toBeTruthy();
  });
});

describe('sources are citable', () => {
  it('every source names its publisher and title, never a placeholder', () => {
    const vague = Object.entries(eventFile.sources).filter(
      ([, s]) => /not named|unknown|encyclopedia article|n\/a/i.test(s.publisher) || s.title.trim() === '' || !s.date,
    );
    expect(vague.map(([id]) => id)).toEqual([]);
  });

  it('the encyclopedia seed is cited as the English Wikipedia article, marked undated', () => {
    const s = eventFile.sources['seed-encyclopedia-kg-tj-relations'];
    expect(s).toMatchObject({ publisher: 'Wikipedia (English)', title: 'Kyrgyzstan–Tajikistan relations', undated: true });
    expect(s?.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
  });

  it('only a source without a date of its own is marked undated', () => {
    const undated = Object.entries(eventFile.sources).filter(([, s]) => s.undated);
    expect(undated.map(([id]) => id)).toEqual(['seed-encyclopedia-kg-tj-relations']);
  });
});

describe('place names in the details', () => {
  it('Kyrgyz and Tajik fall back to Russian, Uzbek to English', () => {
    const name = { en: 'Ak-Sai', ru: 'Ак-Сай' };
    expect(localizedName(name, 'tg')).toEqual({ text: 'Ак-Сай', lang: 'ru' });
    expect(localizedName(name, 'ky')).toEqual({ text: 'Ак-Сай', lang: 'ru' });
    expect(localizedName(name, 'uz')).toEqual({ text: 'Ak-Sai', lang: 'en' });
    expect(localizedName({ en: 'Osh', uz: 'Oʻsh' }, 'uz')).toEqual({ text: 'Oʻsh', lang: 'uz' });
    expect(localizedName({ en: 'Nowhere' }, 'tg')).toEqual({ text: 'Nowhere', lang: 'en' });
  });
});
