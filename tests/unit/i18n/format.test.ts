import { describe, expect, it } from 'vitest';
import { formatDay, formatPrecisionDate } from '../../../src/i18n/formatDate';
import { formatNumber } from '../../../src/i18n/formatNumber';
import { toDayNumber } from '../../../src/model/days';
import type { Lang } from '../../../src/model/languages';

const NBSP = '\u00a0';

/*
 * The same expectations for both paths: Intl (this Node has full ICU) and the tables used where a
 * browser lacks the locale (Chromium has no Kyrgyz or Tajik data and no Uzbek month names).
 */
const EXPECTED: Record<Lang, { day: RegExp; month: RegExp; year: RegExp; season: RegExp; number: string }> = {
  en: { day: /^14 September 2022$/, month: /^May 2024$/, year: /^2023$/, season: /^June–August 1995$/, number: '130,000' },
  ru: {
    day: /^14 сентября 2022 г\.$/,
    month: /^май 2024 г\.$/,
    year: /^2023( г\.)?$/,
    season: /^июнь–август 1995( г\.)?$/,
    number: `130${NBSP}000`,
  },
  ky: {
    day: /^2022-ж\., 14-сентябрь$/,
    month: /^2024-ж\., май$/,
    year: /^2023(-ж\.)?$/,
    season: /^июнь–август 1995(-ж\.)?$/,
    number: `130${NBSP}000`,
  },
  tg: { day: /^14 сентябр 2022$/i, month: /^май 2024$/i, year: /^2023$/, season: /^июн–август 1995$/i, number: `130${NBSP}000` },
  uz: { day: /^14-sentabr, 2022$/, month: /^may, 2024$/, year: /^2023$/, season: /^iyun–avgust 1995$/, number: `130${NBSP}000` },
};

describe.each([true, false])('formatting (Intl %s)', (useIntl) => {
  it.each(Object.keys(EXPECTED) as Lang[])('%s: day, month, year and season precision, and 130,000', (lang) => {
    const want = EXPECTED[lang];
    expect(formatPrecisionDate('2022-09-14', 'day', lang, useIntl)).toMatch(want.day);
    expect(formatPrecisionDate('2024-05', 'month', lang, useIntl)).toMatch(want.month);
    expect(formatPrecisionDate('2023', 'year', lang, useIntl)).toMatch(want.year);
    expect(formatPrecisionDate('1995-06', 'season', lang, useIntl)).toMatch(want.season);
    expect(formatDay(toDayNumber('2022-09-14'), lang, useIntl)).toMatch(want.day);
    expect(formatNumber(130_000, lang, useIntl)).toBe(want.number);
  });
});

describe('formatting edge cases', () => {
  it('names both years of a winter season', () => {
    expect(formatPrecisionDate('1995-12', 'season', 'en')).toBe('December 1995 – February 1996');
  });

  it('writes decimals and negatives the language way', () => {
    expect(formatNumber(55.24, 'ru', false)).toBe('55,24');
    expect(formatNumber(55.24, 'en', false)).toBe('55.24');
    expect(formatNumber(-1234, 'uz', false)).toBe(`-1${NBSP}234`);
  });
});
