import { describe, expect, it } from 'vitest';
import { monthNamesOf } from '../../../src/i18n/formatDate';
import { firstOfMonthAfter, toDayNumber } from '../../../src/model/days';
import { LANGS } from '../../../src/model/languages';
import { MAX_SEARCH_LENGTH, parseSearch } from '../../../src/state/searchQuery';

const year = (y: number) => ({ from: toDayNumber(`${y}-01-01`), to: toDayNumber(`${y + 1}-01-01`) });
const month = (y: number, m: number) => ({ from: firstOfMonthAfter(y, m), to: firstOfMonthAfter(y, m, 1) });

describe('reading a search', () => {
  it('reads a year, alone or with its word in each language, as the whole year', () => {
    for (const q of ['2022', '2022г.', '2022-ж.', '2022-yil', '2022-жылы']) {
      expect(parseSearch(q), q).toEqual({ words: [], dates: [year(2022)], phrase: expect.any(String) });
    }
  });

  it('reads April 2021 in every written form as that month', () => {
    for (const q of [
      'April 2021',
      '2021 april',
      'апрель 2021',
      'апреля 2021',
      'Апрел 2021',
      'aprel 2021',
      'Apr 2021',
      '2021-04',
      '04.2021',
      '4/2021',
      '2021/4',
    ]) {
      expect(parseSearch(q).dates, q).toEqual([month(2021, 4)]);
      expect(parseSearch(q).words, q).toEqual([]);
    }
  });

  it('knows every month name of the five interface languages', () => {
    for (const lang of LANGS) {
      monthNamesOf(lang).standalone.forEach((name, i) => {
        expect(parseSearch(`${name} 2020`).dates, `${lang} ${name}`).toEqual([month(2020, i + 1)]);
      });
    }
  });

  it('reads a full date as that day', () => {
    const day = toDayNumber('2021-04-28');
    expect(parseSearch('2021-04-28').dates).toEqual([{ from: day, to: day + 1 }]);
    expect(parseSearch('28.04.2021').dates).toEqual([{ from: day, to: day + 1 }]);
    expect(parseSearch('31.02.2021').dates).toEqual([]);
  });

  it('keeps words and dates apart, a month without a year and other numbers as words', () => {
    expect(parseSearch('treaty 2025')).toMatchObject({ words: ['treati'], dates: [year(2025)] });
    expect(parseSearch('March protocol')).toMatchObject({ words: ['march', 'protocol'], dates: [] });
    expect(parseSearch('CASA-1000 500')).toMatchObject({ words: ['casa1000', '500'], dates: [] });
    expect(parseSearch('13.99.2021').dates).toEqual([]);
  });

  it('reads no more than the longest search kept', () => {
    const long = `${'a '.repeat(MAX_SEARCH_LENGTH)}2022`;
    expect(parseSearch(long).dates).toEqual([]);
  });
});
