import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_FALLBACKS, LANGS } from '../../../src/model/languages';
import { eventFile, GEO_DIR } from '../data/realData';

describe('event texts per language', () => {
  it('every event has its title and summary in all five languages', () => {
    const gaps = eventFile.events.flatMap((e) => [
      ...LANGS.filter((l) => !e.summary[l]).map((l) => `${e.id}: summary.${l}`),
      ...LANGS.filter((l) => !e.title[l]).map((l) => `${e.id}: title.${l}`),
    ]);
    expect(gaps).toEqual([]);
    expect(eventFile.events.length).toBeGreaterThan(60);
  });

  it('keeps every number of the English text in each translation (no figure lost or changed)', () => {
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort().join(',');
    const wrong = eventFile.events.flatMap((e) =>
      (['title', 'summary'] as const).flatMap((field) =>
        LANGS.filter((l) => e[field][l] && numbers(e[field][l] as string) !== numbers(e[field].en)).map(
          (l) => `${e.id}: ${field}.${l}`,
        ),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('writes each language in its own script', () => {
    const wrong = eventFile.events.flatMap((e) =>
      (['title', 'summary'] as const).flatMap((field) => {
        const uz = e[field].uz ?? '';
        const cyr = (['ru', 'ky', 'tg'] as const).filter((l) => !/[\u0400-\u04FF]/.test(e[field][l] ?? ''));
        return [
          ...(/[\u0400-\u04FF]/.test(uz) ? [`${e.id}: ${field}.uz has Cyrillic`] : []),
          ...cyr.map((l) => `${e.id}: ${field}.${l} has no Cyrillic`),
        ];
      }),
    );
    expect(wrong).toEqual([]);
  });
});

describe('map labels per language', () => {
  const layers = ['towns', 'checkpoints', 'enclaves', 'batken', 'sughd', 'countries', 'trijunction'];
  it.each(LANGS)('every named feature has a non-empty label in %s after fallbacks', (lang) => {
    for (const layer of layers) {
      const fc = JSON.parse(readFileSync(path.join(GEO_DIR, `${layer}.geojson`), 'utf8')) as {
        features: { properties: Record<string, unknown> }[];
      };
      for (const f of fc.features) {
        const label = LABEL_FALLBACKS[lang]
          .map((l) => f.properties[`name_${l}`])
          .find((v) => typeof v === 'string' && v.trim() !== '');
        expect(label, `${layer} ${String(f.properties.name_en)} in ${lang}`).toBeTruthy();
      }
    }
  });

  it('Vorukh and Khujand read as their own side writes them', () => {
    const towns = JSON.parse(readFileSync(path.join(GEO_DIR, 'towns.geojson'), 'utf8')) as {
      features: { properties: Record<string, string> }[];
    };
    const byEn = (name: string) => towns.features.find((f) => f.properties.name_en === name)?.properties;
    expect(byEn('Khujand')).toMatchObject({ name_tg: 'Хуҷанд', name_uz: 'Xoʻjand', name_ru: 'Худжанд' });
    expect(byEn('Vorukh')).toMatchObject({ name_ru: 'Ворух', name_uz: 'Vorux' });
  });
});
