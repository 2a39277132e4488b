import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordForLanguage } from '../../../scripts/record/languageFile.mjs';
import { parseEventFile } from '../../../src/data/parseEventFile';
import { LANGUAGE_TABLE, type Lang } from '../../../src/model/languages';
import { localized, localizedName } from '../../../src/model/localized';
import type { EventFile, LocalizedText } from '../../../src/model/record';
import { recordFileFor } from '../../../src/model/recordFiles';

const RECORD = JSON.parse(readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8')) as EventFile;

/** Every LocalizedText in a parsed record, by a path that is the same in the full record and a cut. */
function texts(file: EventFile): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  for (const e of file.events) {
    out.set(`${e.id}.title`, e.title);
    out.set(`${e.id}.summary`, e.summary);
    if (e.locationNote) out.set(`${e.id}.locationNote`, e.locationNote);
    if (e.placeName) out.set(`${e.id}.placeName`, e.placeName);
    e.figures.forEach((f, i) => {
      if (f.label) out.set(`${e.id}.figures.${i}.label`, f.label);
      if (f.note) out.set(`${e.id}.figures.${i}.note`, f.note);
    });
  }
  for (const p of file.places) out.set(`place.${p.id}`, p.name);
  for (const c of file.changelog ?? []) out.set(`changelog.${c.version}`, c.note);
  return out;
}

describe('the record cut to one language (what a cold load fetches)', () => {
  const full = parseEventFile(RECORD).data;
  const fullTexts = texts(full);

  it.each(LANGUAGE_TABLE.map((l) => [l.id, l.labelFallbacks] as const))(
    '%s: a valid record whose every text reads as the full record does',
    (lang, fallbacks) => {
      const { data, errors } = parseEventFile(recordForLanguage(RECORD, lang, fallbacks));
      expect(errors).toEqual([]);
      expect(data.languages).toEqual(lang === 'en' ? ['en'] : ['en', lang]);
      expect(data.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
      const cutTexts = texts(data);
      expect([...cutTexts.keys()]).toEqual([...fullTexts.keys()]);
      let compared = 0;
      for (const [path, text] of fullTexts) {
        const cut = cutTexts.get(path) as LocalizedText;
        // The reader sees the same words, with the same fallbacks, in their language and in English.
        expect(localized(cut, lang), path).toBe(localized(text, lang));
        expect(localizedName(cut, lang), path).toEqual(localizedName(text, lang));
        expect(localized(cut, 'en'), path).toBe(text.en);
        for (const other of LANGUAGE_TABLE.map((l) => l.id as Lang)) {
          if (other !== lang && other !== 'en' && !fallbacks.includes(other as never)) expect(cut[other], path).toBeUndefined();
        }
        compared++;
      }
      expect(compared).toBeGreaterThan(500);
    },
  );

  it('is smaller than the full record for every language, and much smaller in English', () => {
    const size = (o: unknown) => Buffer.byteLength(JSON.stringify(o));
    for (const { id, labelFallbacks } of LANGUAGE_TABLE) {
      expect(size(recordForLanguage(RECORD, id, labelFallbacks))).toBeLessThan(size(RECORD) * 0.55);
    }
    expect(size(recordForLanguage(RECORD, 'en'))).toBeLessThan(size(RECORD) * 0.35);
  });

  it('keeps everything that is not a text as it is', () => {
    const cut = recordForLanguage(RECORD, 'ru', ['ru', 'en']);
    expect(cut.sources).toEqual(RECORD.sources);
    expect(cut.states).toEqual(RECORD.states);
    expect(cut.events.map(({ title: _t, summary: _s, locationNote: _l, placeName: _p, figures: _f, ...rest }) => rest)).toEqual(
      RECORD.events.map(({ title: _t, summary: _s, locationNote: _l, placeName: _p, figures: _f, ...rest }) => rest),
    );
    expect(recordFileFor('ru')).toBe('data/events.ru.json');
  });
});
