/**
 * The editorial checks (scripts/record/recordChecks.ts) on the shipped record, and on small records
 * made to trip each one, so a check that silently stopped firing would fail here too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  descriptiveTitleFindings,
  duplicateFindings,
  type Finding,
  independentOutlets,
  mirrorOrSeedOnlyFindings,
  outletOf,
  recordFindings,
  unusedSourceFindings,
} from '../../../scripts/record/recordChecks';
import type { BorderEvent, EventFile, Source } from '../../../src/model/record';
import { eventFile, ROOT } from './realData';

const accepted = (
  JSON.parse(readFileSync(path.join(ROOT, 'scripts/record/acceptedFindings.json'), 'utf8')) as {
    accepted: Record<string, string>;
  }
).accepted;

const keyOf = (f: Finding) => `${f.kind}:${f.key}`;

function event(id: string, over: Partial<BorderEvent> = {}): BorderEvent {
  return {
    id,
    date: '2021-07-08',
    precision: 'day',
    category: 'incident',
    title: { en: `Happening number ${id}${id}${id}` },
    summary: { en: 'Summary.' },
    places: [],
    location: [70.5, 39.9],
    locationPrecision: 'approximate',
    figures: [],
    sources: ['a'],
    ...over,
  };
}

const news = (publisher: string, title = 'Border guards exchange fire near Vorukh'): Source => ({
  publisher,
  title,
  date: '2021-07-09',
  kind: 'news',
});

function file(events: BorderEvent[], sources: Record<string, Source>): EventFile {
  return { schemaVersion: 1, sources, places: [], events, states: { border: [], checkpoints: {} } };
}

describe('the shipped record passes the editorial checks', () => {
  const findings = recordFindings(eventFile);

  it('has no finding that is not accepted with a reason', () => {
    expect(findings.filter((f) => !(keyOf(f) in accepted)).map((f) => f.message)).toEqual([]);
  });

  it('accepts nothing that no longer occurs (the accepted list stays true)', () => {
    const current = new Set(findings.map(keyOf));
    expect(Object.keys(accepted).filter((k) => !current.has(k))).toEqual([]);
  });

  it('gives every accepted finding a reason', () => {
    for (const [k, reason] of Object.entries(accepted)) expect(reason.trim().length, k).toBeGreaterThan(20);
  });
});

describe('duplicates', () => {
  it('flags two events on the same day at the same place', () => {
    const f = duplicateFindings([event('a', { places: ['vorukh'] }), event('b', { places: ['vorukh'] })]);
    expect(f.map((x) => x.kind)).toContain('duplicate-day-place');
  });

  it('flags the same day at pins under 3 km apart even without a shared place id', () => {
    const f = duplicateFindings([event('a', { location: [70.5, 39.9] }), event('b', { location: [70.51, 39.905] })]);
    expect(f.map((x) => x.kind)).toContain('duplicate-day-place');
  });

  it('does not flag the same day far apart, or a month-precision event', () => {
    expect(duplicateFindings([event('a'), event('b', { location: [69.6, 40.2], title: { en: 'Other words' } })])).toEqual([]);
    expect(
      duplicateFindings([event('a', { precision: 'month', date: '2021-07' }), event('b', { title: { en: 'x y z' } })]),
    ).toEqual([]);
  });

  it('does not flag a clash and a meeting on the same day at the same place', () => {
    expect(duplicateFindings([event('a', { places: ['x'] }), event('b', { places: ['x'], category: 'meeting' })])).toEqual([]);
  });

  it('flags a clash and an incident on the same day at the same place', () => {
    const f = duplicateFindings([event('a', { places: ['x'], category: 'clash' }), event('b', { places: ['x'] })]);
    expect(f.map((x) => x.kind)).toContain('duplicate-day-place');
  });

  it('does not flag a recurring happening with the same title years apart', () => {
    const title = { en: 'Emomali Rahmon visits Bishkek' };
    const f = duplicateFindings([event('a', { title }), event('b', { title, date: '2007-09', precision: 'month' })]);
    expect(f).toEqual([]);
  });

  it('does not flag titles that differ only in their figures (two rounds of talks)', () => {
    const f = duplicateFindings([
      event('a', { title: { en: 'Working groups agree 38.35 km of the border in Batken' } }),
      event('b', {
        date: '2021-07-20',
        location: [69, 40],
        title: { en: 'Working groups agree 3.71 km of the border in Batken' },
      }),
    ]);
    expect(f).toEqual([]);
  });

  it('flags near-identical titles on different days', () => {
    const f = duplicateFindings([
      event('a', { title: { en: 'Border guards exchange fire near Vorukh' } }),
      event('b', { date: '2021-07-09', location: [69, 40], title: { en: 'Border guards exchange fire at Vorukh' } }),
    ]);
    expect(f.map((x) => x.kind)).toEqual(['similar-title']);
  });
});

describe('sources', () => {
  it('flags a source no event or state cites, and not one a state interval cites', () => {
    const rec = file([event('e', { sources: ['a'] })], { a: news('24.kg'), b: news('Asia-Plus'), c: news('Kabar') });
    rec.states.border.push({ status: 'closed', from: '2021-05-21', sources: ['c'] });
    expect(unusedSourceFindings(rec).map((f) => f.key)).toEqual(['b']);
  });

  it('flags an event resting only on seeds and mirrors, not one with an original outlet', () => {
    const seed: Source = { publisher: 'Wikipedia', title: 'Relations', date: '2025', kind: 'seed' };
    const mirror = { ...news('24.kg (copy on uzsushi.com)'), mirror: true } as Source;
    const rec = file([event('only', { sources: ['s', 'm'] }), event('ok', { sources: ['s', 'n'], date: '2020-01-01' })], {
      s: seed,
      m: mirror,
      n: news('Asia-Plus'),
    });
    expect(mirrorOrSeedOnlyFindings(rec).map((f) => f.key)).toEqual(['only']);
  });

  it('counts one outlet written two ways as one (Trend, Азаттык / Azattyk)', () => {
    expect(outletOf(news('Trend News Agency'))).toBe(outletOf(news('Trend')));
    expect(outletOf(news('Азаттык (RFE/RL Kyrgyz Service, Russian)'))).toBe(outletOf(news('Azattyk (RFE/RL Kyrgyz Service)')));
    // Separate newsrooms of one broadcaster, reporting from each side, stay two.
    expect(outletOf(news('Sputnik Kyrgyzstan'))).not.toBe(outletOf(news('Sputnik Tajikistan')));
  });

  it('counts copies of one story as one outlet', () => {
    expect(outletOf(news('AFP (via UrduPoint)'))).toBe(outletOf(news('AFP (via The News)')));
    const sources = { a: news('AFP (via UrduPoint)'), b: news('AFP (via The News)'), c: news('Asia-Plus') };
    expect(independentOutlets(['a', 'b'], sources).size).toBe(1);
    expect(independentOutlets(['a', 'c'], sources).size).toBe(2);
  });

  it.each([
    'Report on the reopening of roads after the Vorukh clash',
    'Trilateral meeting in Astana (Russian-language report)',
    'Two crossing points reopen (Kyrgyz-language)',
    'Tajik deputy foreign minister Sodik Imomi on the death toll of 14–17 September',
    'Datka–Sughd 500 kV line: length and route',
  ])('flags the descriptive title "%s"', (title) => {
    expect(descriptiveTitleFindings({ x: news('X', title) })).toHaveLength(1);
  });

  it('does not flag a title marked as supplied (it is shown in brackets as ours)', () => {
    expect(descriptiveTitleFindings({ x: { ...news('X', 'Report on the Khujand summit'), titleSupplied: true } })).toEqual([]);
    expect(descriptiveTitleFindings({ x: news('X', 'Report on the Khujand summit') })).toHaveLength(1);
  });

  it.each([
    'Border conflict: Situation escalates, border guard of Kyrgyzstan wounded',
    'Kyrgyz ambassador summoned to Tajikistan’s MFA over statement by Kyrgyzstan’s SCNS chief',
    'Putin meets Kyrgyz, Tajik counterparts on sidelines of CICA summit in Astana',
    'Трехсторонняя встреча в Астане: Рахмон опоздал',
    'Shooting breaks out on the border',
  ])('does not flag the headline "%s"', (title) => {
    expect(descriptiveTitleFindings({ x: news('X', title) })).toEqual([]);
  });
});
