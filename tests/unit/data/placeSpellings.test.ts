/**
 * Place names in each language follow what that language's own media write (docs/DATA.md, "Place names in
 * each language"). This test fails when a rejected form comes back: in the record's texts of that language
 * (titles, summaries, notes, place names, state notes), in the built-in stories, in that language's interface messages, or in the
 * geo name fields (name_tg, name_ky, name_uz) of public/geo.
 *
 * A rule is a stem matched at the start of a word, so inflected forms are caught too (Kyrgyz "Хужандда",
 * Tajik "Баткени") while other words are not: Tajik "Ботканд" does not match the stem "Баткен".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../allMessages';
import { GEO_DIR, ROOT, rawEventFile } from './realData';

type Lang = 'ky' | 'tg' | 'uz';

/** Rejected stem → the form to use instead. Keep it short and exact: one line per checked spelling. */
const REJECTED: Record<Lang, Record<string, string>> = {
  tg: { Баткен: 'Ботканд', 'Ак-Сай': 'Оқ-Сой', 'Кок-Таш': 'Коктош', Лейлек: 'Лайлак' },
  ky: { Хужанд: 'Ходжент', Согду: 'Согди облусу' },
  uz: { Batken: 'Botken', 'Ak-Sai': 'Oqsoy', 'Kok-Tash': 'Koktosh' },
};
const LANGS = Object.keys(REJECTED) as Lang[];

/** Stem at a word start: no letter, combining mark or digit right before it. */
function stemPattern(stem: string): RegExp {
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}`, 'u');
}

/** "where: text" lines that use a rejected stem of `lang`. */
function offences(lang: Lang, texts: [string, string][]): string[] {
  const out: string[] = [];
  for (const [stem, use] of Object.entries(REJECTED[lang])) {
    const re = stemPattern(stem);
    for (const [where, text] of texts) {
      if (re.test(text)) out.push(`${where}: "${stem}" (write ${use}) in «${text.slice(0, 80)}»`);
    }
  }
  return out;
}

/** Every string of a JSON file stored under the language key (LocalizedText leaves): the record's, or the stories'. */
function recordTexts(lang: Lang, root: unknown = rawEventFile): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        walk(v, `${at}[${i}]`);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === lang && typeof v === 'string') out.push([`${at}.${k}`, v]);
        else walk(v, at ? `${at}.${k}` : k);
      }
    }
  };
  walk(root, '');
  return out;
}

function geoNames(lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  for (const file of readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson'))) {
    const fc = JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as {
      features: { id?: unknown; properties?: Record<string, unknown> | null }[];
    };
    for (const f of fc.features) {
      const v = f.properties?.[`name_${lang}`];
      if (typeof v === 'string') out.push([`${file} ${String(f.id ?? f.properties?.id)}`, v]);
    }
  }
  return out;
}

describe('the rule matcher', () => {
  it('catches inflected forms and leaves other words alone', () => {
    expect(stemPattern('Баткен').test('вилояти Баткени Қирғизистон')).toBe(true);
    expect(stemPattern('Баткен').test('Баткенда')).toBe(true);
    expect(stemPattern('Баткен').test('вилояти Ботканд')).toBe(false);
    expect(stemPattern('Хужанд').test('Хужандда')).toBe(true);
    expect(stemPattern('Хужанд').test('Ходжентте')).toBe(false);
    expect(stemPattern('Согду').test('Согдунун администрациясы')).toBe(true);
    expect(stemPattern('Согду').test('Согди облусу')).toBe(false);
    expect(stemPattern('Ak-Sai').test('Ak-Saidagi')).toBe(true);
    expect(stemPattern('Ak-Sai').test('Oqsoy')).toBe(false);
  });
});

describe.each(LANGS)('place spellings in %s', (lang) => {
  it('the record texts use no rejected form', () => {
    expect(offences(lang, recordTexts(lang))).toEqual([]);
  });

  it('the built-in stories use no rejected form', () => {
    const stories: unknown = JSON.parse(readFileSync(path.join(ROOT, 'public/data/stories.json'), 'utf8'));
    expect(offences(lang, recordTexts(lang, stories))).toEqual([]);
  });

  it('the interface messages use no rejected form', () => {
    const texts = Object.entries(MESSAGES[lang]).map(([k, v]) => [k, String(v)] as [string, string]);
    expect(offences(lang, texts)).toEqual([]);
  });

  it(`the geo name_${lang} fields use no rejected form`, () => {
    expect(offences(lang, geoNames(lang))).toEqual([]);
  });
});
