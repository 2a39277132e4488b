import { type Lang, LOCALE_TAGS } from '../model/languages';
import type { DatePrecision } from '../model/record';

const UTC = 'UTC';

function parts(iso: string): { y: number; m: number; d: number } {
  const [y = '1970', m = '1', d = '1'] = iso.split('-');
  return { y: Number(y), m: Number(m), d: Number(d) };
}

/*
 * Month names and patterns as CLDR gives them, for browsers whose Intl lacks a locale (Chromium
 * ships no Kyrgyz or Tajik data and Uzbek without month names; it would print "September 14, 2022"
 * or "2022 M09 14"). `day` is the form inside a full date (Russian genitive: "14 сентября").
 */
const MONTHS: Record<Lang, { standalone: string[]; day: string[] }> = {
  en: {
    standalone: 'January February March April May June July August September October November December'.split(' '),
    day: 'January February March April May June July August September October November December'.split(' '),
  },
  ru: {
    standalone: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
    day: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  },
  ky: {
    standalone: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
    day: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
  },
  tg: {
    standalone: 'Январ Феврал Март Апрел Май Июн Июл Август Сентябр Октябр Ноябр Декабр'.split(' '),
    day: 'Январ Феврал Март Апрел Май Июн Июл Август Сентябр Октябр Ноябр Декабр'.split(' '),
  },
  uz: {
    standalone: 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr'.split(' '),
    day: 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr'.split(' '),
  },
};

/** Every month's names in `lang`, January first (the standalone and in-date forms): what search reads dates by. */
export function monthNamesOf(lang: Lang): { standalone: readonly string[]; day: readonly string[] } {
  return MONTHS[lang];
}

const PATTERNS: Record<Lang, { day: string; month: string; year: string }> = {
  en: { day: '{d} {M} {y}', month: '{M} {y}', year: '{y}' },
  ru: { day: '{d} {M} {y} г.', month: '{M} {y} г.', year: '{y} г.' },
  ky: { day: '{y}-ж., {d}-{M}', month: '{y}-ж., {M}', year: '{y}-ж.' },
  tg: { day: '{d} {M} {y}', month: '{M} {y}', year: '{y}' },
  uz: { day: '{d}-{M}, {y}', month: '{M}, {y}', year: '{y}' },
};

type Form = 'day' | 'month' | 'year';

function fill(pattern: string, y: number, m: number, d: number, names: string[]): string {
  return pattern
    .replace('{y}', String(y))
    .replace('{d}', String(d))
    .replace('{M}', names[m - 1] ?? String(m));
}

/** The hand-made form of a date, matching CLDR; what the app shows where Intl cannot. */
export function formatFallback(form: Form, y: number, m: number, d: number, lang: Lang): string {
  const names = form === 'day' ? MONTHS[lang].day : MONTHS[lang].standalone;
  return fill(PATTERNS[lang][form], y, m, d, names);
}

const OPTIONS: Record<Form, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: UTC },
  month: { month: 'long', year: 'numeric', timeZone: UTC },
  year: { year: 'numeric', timeZone: UTC },
};

const cache = new Map<string, Intl.DateTimeFormat | null>();

/*
 * Intl is used only when it really knows the language: it must name the locale as supported and
 * print September as CLDR does. Otherwise the tables above are used.
 */
function intlFormat(lang: Lang, form: Form): Intl.DateTimeFormat | null {
  const key = `${lang}:${form}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let format: Intl.DateTimeFormat | null = null;
  try {
    const tag = LOCALE_TAGS[lang];
    if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) {
      const candidate = new Intl.DateTimeFormat(tag, OPTIONS[form]);
      const probe = candidate.format(new Date(Date.UTC(2022, 8, 14))).toLowerCase();
      const expected = formatFallback(form, 2022, 9, 14, lang).toLowerCase();
      const month = form === 'day' ? MONTHS[lang].day[8] : MONTHS[lang].standalone[8];
      const ok = form === 'year' ? probe === expected : probe.includes((month ?? '').toLowerCase()) && probe.includes('2022');
      format = ok ? candidate : null;
    }
  } catch {
    format = null;
  }
  cache.set(key, format);
  return format;
}

function format(form: Form, y: number, m: number, d: number, lang: Lang, useIntl: boolean): string {
  const intl = useIntl ? intlFormat(lang, form) : null;
  return intl ? intl.format(new Date(Date.UTC(y, m - 1, d))) : formatFallback(form, y, m, d, lang);
}

/**
 * A date written at the precision the record knows it: "14 September 2022", "May 2024", "2023",
 * or a season as its month span ("June–August 1995"). Never shows a day the sources do not give.
 */
export function formatPrecisionDate(iso: string, precision: DatePrecision, lang: Lang = 'en', useIntl = true): string {
  const { y, m, d } = parts(iso);
  switch (precision) {
    case 'day':
      return format('day', y, m, d, lang, useIntl);
    case 'month':
      return format('month', y, m, 1, lang, useIntl);
    case 'season': {
      const lastMonth = ((m + 1) % 12) + 1;
      const lastYear = m + 2 > 12 ? y + 1 : y;
      const names = MONTHS[lang].standalone;
      const year = (yy: number) => format('year', yy, 1, 1, lang, useIntl);
      const first = names[m - 1] ?? String(m);
      const last = names[lastMonth - 1] ?? String(lastMonth);
      // A winter season crosses the new year: both years are named.
      return lastYear === y ? `${first}–${last} ${year(y)}` : `${first} ${year(y)} – ${last} ${year(lastYear)}`;
    }
    case 'year':
      return format('year', y, 1, 1, lang, useIntl);
  }
}

/** A slider day (days since 1970-01-01) in words. */
export function formatDay(day: number, lang: Lang = 'en', useIntl = true): string {
  const date = new Date(day * 86_400_000);
  return format('day', date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), lang, useIntl);
}
