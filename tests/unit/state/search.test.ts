/**
 * The search on the shipped record, loaded as the app loads it: dates, words in every language,
 * spelling variants of names, near spellings and the order of the results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/model/languages';
import { buildSearchIndex, rankByScore, SEARCH_SCORES, searchScores } from '../../../src/state/searchIndex';
import { MAX_SEARCH_LENGTH, parseSearch } from '../../../src/state/searchQuery';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';
import { makeEvent, timed } from '../../helpers/makeEvent';
import { realEvents, realPlaces } from './realRecord';

const index = buildSearchIndex(realEvents, realPlaces);

/** The ids a search finds in the real record, most relevant first. */
function search(q: string, events = realEvents, idx = index): string[] {
  const scores = searchScores(events, idx, parseSearch(q));
  return scores ? rankByScore(events, scores, () => true).map((e) => e.id) : events.map((e) => e.id);
}
const sorted = (ids: string[]) => [...ids].sort();

describe('search by date', () => {
  it('finds exactly the events whose span touches the year searched', () => {
    expect(realEvents.filter((e) => e.precision === 'season' && e.date.endsWith('-12'))).toEqual([]);
    for (const year of [2014, 2021, 2022, 2025]) {
      // Worked out here from the written dates, not the app's intervals: an event touches the year when
      // its first year (the date) is at or before it and its last year (the end, or the date) at or after.
      // (A season written as December would run into the next year; the record has none.)
      const expected = realEvents
        .filter((e) => e.date.slice(0, 4) <= String(year) && (e.end ?? e.date).slice(0, 4) >= String(year))
        .map((e) => e.id);
      expect(expected.length, String(year)).toBeGreaterThan(1);
      expect(sorted(search(String(year))), String(year)).toEqual(sorted(expected));
    }
  });

  it('finds an episode in every year it covers', () => {
    const episode = makeEvent({ id: 'long-episode', date: '2020-11-01', end: '2022-02-10', title: { en: 'A long episode' } });
    const events = timed(episode, makeEvent({ id: 'other', date: '2023-01-01' }));
    const idx = buildSearchIndex(events, {});
    for (const year of ['2020', '2021', '2022']) expect(search(year, events, idx)).toEqual(['long-episode']);
    expect(search('2023', events, idx)).toEqual(['other']);
  });

  it('finds the events of a month however the month is written', () => {
    const expected = sorted(realEvents.filter((e) => e.date <= '2021-04-30' && (e.end ?? e.date) >= '2021-04').map((e) => e.id));
    expect(expected).toContain('kyrgyz-tajik-clash-2021-04-28');
    for (const q of ['April 2021', 'апрель 2021', 'апреля 2021', '2021-04', '04.2021', 'aprel 2021', 'Апрел 2021']) {
      expect(sorted(search(q)), q).toEqual(expected);
    }
  });

  it('combines words and dates: "treaty 2025" finds every treaty of 2025 and nothing outside 2025', () => {
    const found = search('treaty 2025');
    const treaties2025 = realEvents.filter((e) => e.category === 'treaty' && e.date.startsWith('2025')).map((e) => e.id);
    expect(treaties2025.length).toBeGreaterThan(3);
    expect(found).toEqual(expect.arrayContaining(treaties2025));
    for (const id of found) expect(realEvents.find((e) => e.id === id)?.date.slice(0, 4)).toBe('2025');
  });
});

describe('search by word, in any language', () => {
  const vorukhEvents = sorted(
    realEvents
      .filter(
        (e) => e.places.some((p) => p === 'vorukh' || p === 'enclave-vorukh') || /vorukh/i.test(`${e.title.en} ${e.summary.en}`),
      )
      .map((e) => e.id),
  );

  it('finds the Vorukh events however Vorukh is spelt', () => {
    expect(vorukhEvents.length).toBeGreaterThan(5);
    for (const q of ['Vorukh', 'Worukh', 'Voruh', 'Ворух', 'Vorux', 'vorukh '])
      expect(sorted(search(q)), q).toEqual(vorukhEvents);
  });

  it('finds Kok-Tash however it is written', () => {
    const expected = sorted(
      realEvents
        .filter((e) => e.places.includes('kok-tash-batken') || /kok-tash/i.test(`${e.title.en} ${e.summary.en}`))
        .map((e) => e.id),
    );
    expect(expected.length).toBeGreaterThan(2);
    for (const q of ['Koktash', 'Kok-Tash', 'Кок-Таш', 'Көк-Таш', 'Коктош']) expect(sorted(search(q)), q).toEqual(expected);
    // Two words match each on its own ("Kok-Terek … Tash-Tumshuk"), so the spaced form finds at least these.
    expect(search('Kok Tash')).toEqual(expect.arrayContaining(expected));
  });

  it('finds Khujand, Isfara and Batken under their other spellings', () => {
    const naming = (place: string) => realEvents.filter((e) => e.places.includes(place)).map((e) => e.id);
    for (const q of ['Khujand', 'Hujand', 'Khodjent', 'Худжанд'])
      expect(search(q), q).toEqual(expect.arrayContaining(naming('khujand')));
    for (const q of ['Isfara', 'Исфара']) expect(search(q), q).toEqual(expect.arrayContaining(naming('isfara')));
    for (const q of ['Batken', 'Ботканд', 'Botken']) expect(search(q), q).toEqual(expect.arrayContaining(naming('batken')));
  });

  it('finds near spellings of a name that occurs nowhere as typed', () => {
    expect(sorted(search('Vorokh'))).toEqual(vorukhEvents);
    expect(search('Isfarra')).toEqual(
      expect.arrayContaining(realEvents.filter((e) => e.places.includes('isfara')).map((e) => e.id)),
    );
    // A word that does occur is not widened to its look-alikes.
    expect(search('order').every((id) => /order/i.test(JSON.stringify(realEvents.find((e) => e.id === id))))).toBe(true);
  });

  it('matches the category and figure names in every language', () => {
    const killed = sorted(realEvents.filter((e) => e.figures.some((f) => f.metric === 'killed')).map((e) => e.id));
    expect(killed.length).toBeGreaterThan(3);
    for (const q of ['killed', 'погибшие', 'Halok']) expect(search(q), q).toEqual(expect.arrayContaining(killed));
    const clashes = realEvents.filter((e) => e.category === 'clash').map((e) => e.id);
    for (const q of ['clash', 'столкновение', 'Кагылышуу', 'задухӯрд', 'toʻqnashuv'])
      expect(search(q), q).toEqual(expect.arrayContaining(clashes));
  });

  it('matches a word of one language in events read in another', () => {
    // Every event has all five languages: a Russian, Tajik or Uzbek word finds the same event as English.
    const ceasefire = 'ceasefire-samarkand-2022-09-16';
    const title = realEvents.find((e) => e.id === ceasefire)?.title;
    for (const lang of LANGS) {
      const word = (title?.[lang] ?? '').split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
      expect(search(word), `${lang}: ${word}`).toContain(ceasefire);
    }
  });

  it('never throws on hostile input, and a junk search finds nothing', () => {
    for (const q of HOSTILE_STRINGS) expect(() => search(q)).not.toThrow();
    expect(search('zzqxjvv')).toEqual([]);
  });
});

describe('ranking', () => {
  const events = timed(
    makeEvent({ id: 'in-summary', date: '2021-01-01', summary: { en: 'Talks about Vorukh water.' } }),
    makeEvent({ id: 'in-title', date: '2019-01-01', title: { en: 'Vorukh road clash' } }),
    makeEvent({ id: 'in-title-part', date: '2024-01-01', title: { en: 'Vorukhskiy district talks' } }),
    makeEvent({ id: 'at-place', date: '2020-01-01', places: ['vorukh'] }),
    makeEvent({ id: 'misspelt', date: '2023-01-01', title: { en: 'Varukh' } }),
    makeEvent({ id: 'elsewhere', date: '2022-01-01', title: { en: 'Isfara' } }),
  );
  const places = { vorukh: { id: 'vorukh', kind: 'town' as const, name: { en: 'Vorukh', ru: 'Ворух' } } };
  const idx = buildSearchIndex(events, places);

  it('puts an exact title word before a place, a place before a summary', () => {
    expect(search('Worukh', events, idx)).toEqual(['in-title', 'in-title-part', 'at-place', 'in-summary']);
    expect(SEARCH_SCORES.titleWord > SEARCH_SCORES.title && SEARCH_SCORES.place > SEARCH_SCORES.text).toBe(true);
  });

  it('falls back to near spellings only when the word is found nowhere', () => {
    expect(search('Varukh', events, idx)).toEqual(['misspelt']);
    const near = search('Verukh', events, idx);
    expect(near).toEqual(expect.arrayContaining(['misspelt', 'in-title', 'at-place']));
    expect(near).not.toContain('elsewhere');
  });

  it('ranks an event first when its whole title is searched, in any language (property)', () => {
    const withTitle = realEvents.flatMap((e) => LANGS.map((lang) => ({ id: e.id, title: e.title[lang] ?? e.title.en })));
    const short = withTitle.filter((t) => t.title.length <= MAX_SEARCH_LENGTH);
    expect(short.length).toBeGreaterThan(300);
    fc.assert(
      fc.property(fc.constantFrom(...short), ({ id, title }) => {
        // A few visits share a title ("Emomali Rahmon visits Bishkek"): those events come first, in any order.
        const same = withTitle.filter((t) => t.title === title).map((t) => t.id);
        const found = search(title);
        expect(sorted(found.slice(0, same.length))).toEqual(sorted(same));
        if (same.length === 1) expect(found[0]).toBe(id);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and always answers a subset of the record, for any text (property)', () => {
    const ids = new Set(realEvents.map((e) => e.id));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (q) => {
        const found = search(q);
        expect(found.every((id) => ids.has(id))).toBe(true);
        expect(new Set(found).size).toBe(found.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('imported place names', () => {
  it('finds an imported row by the place its file names, whatever its title', () => {
    const row = makeEvent({ id: 'imp-1', date: '2023-05-02', title: { en: 'Shooting reported' }, placeName: { en: 'Kok-Tash' } });
    const events = timed(row, makeEvent({ id: 'other', date: '2023-05-03' }));
    const idx = buildSearchIndex(events, {});
    expect(search('Koktash', events, idx)).toEqual(['imp-1']);
    expect(search('Кок-Таш', events, idx)).toEqual(['imp-1']);
  });
});

describe('equal matches: the one a reader most likely means first', () => {
  it('puts the war first in its month, the signing before its ratifications, never over a stronger match', () => {
    expect(search('September 2022')[0]).toBe('kyrgyz-tajik-clash-2022-09-14');
    expect(search('treaty 2025')[0]).toBe('border-treaty-signed-2025-03-13');
    // A title match still beats a place match, however prominent the place's event.
    const ranked = search('Vorukh April 2021');
    const titled = realEvents.filter((e) => /vorukh/i.test(e.title.en) && e.date.startsWith('2021-04')).map((e) => e.id);
    expect(titled).toContain('rahmon-visits-vorukh-2021-04-09');
    expect(sorted(ranked.slice(0, titled.length))).toEqual(sorted(titled));
    expect(ranked[titled.length]).toBe('kyrgyz-tajik-clash-2021-04-28');
  });

  it('keeps prominence below the smallest step of a match', () => {
    expect(Math.max(...index.prominence)).toBeLessThan(1);
    expect(Math.min(...index.prominence)).toBeGreaterThanOrEqual(0);
  });
});
