/**
 * What a search asks, read from what was typed: the dates it names ("2022", "April 2021",
 * "апрель 2021", "2021-04", "04.2021", "28.04.2021") and the words left over, each folded to its
 * skeleton (see searchFold). Every date and every word must hold for an event to match.
 */

import { monthNamesOf } from '../i18n/formatDate';
import { firstOfMonthAfter } from '../model/days';
import { daysInMonth } from '../model/isoDate';
import { LANGS } from '../model/languages';
import { YEAR_RANGE } from '../model/record';
import { skeleton } from './searchFold';

/** Longest search text kept: a pasted essay is not a query, and it would make every link huge. */
export const MAX_SEARCH_LENGTH = 100;

/** A span of days [from, to): an event matches when its own interval overlaps it. */
export interface DayRange {
  from: number;
  to: number;
}

export interface SearchQuery {
  /** Skeleton words, each of which must occur in the event (or name its category or a figure it gives). */
  words: string[];
  dates: DayRange[];
  /** The whole query as one skeleton, to recognise an event's title typed in full. */
  phrase: string;
}

// Years a date search understands: those the record may hold. Any other four digits stay a word, so
// "CASA-1000" or a title quoting the "1924–1927 and 1989 documents" is found by its text.
const YEAR_MIN = YEAR_RANGE.min;
const YEAR_MAX = YEAR_RANGE.max;

/** Month skeleton → month (1–12), from the interface's own month tables in every language, plus English abbreviations. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const lang of LANGS) {
    const { standalone, day } = monthNamesOf(lang);
    for (const names of [standalone, day]) {
      names.forEach((name, i) => {
        map.set(skeleton(name), i + 1);
      });
    }
  }
  monthNamesOf('en').standalone.forEach((name, i) => {
    map.set(skeleton(name.slice(0, 3)), i + 1);
  });
  map.set('sept', 9);
  return map;
})();

// Separators between query tokens; dots, slashes and hyphens stay inside a token (04.2021, 2021-04, Kok-Tash).
const TOKEN_SEPARATOR = /[\s,;:!?()[\]{}«»"“”„–—…]+/u;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DAY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const YEAR_MONTH = /^(\d{4})[-./](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-./](\d{4})$/;
// "2022", and the year with its word as languages write it: 2022г., 2022-ж., 2022-yil, 2021-жылдын.
const YEAR = /^(\d{4})(?:-?\p{L}+\.?)?$/u;

type Token =
  | { kind: 'date'; range: DayRange }
  | { kind: 'year'; year: number }
  | { kind: 'month'; month: number; text: string }
  | { kind: 'word'; text: string };

const isYear = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;

function yearRange(year: number): DayRange {
  return { from: firstOfMonthAfter(year, 1), to: firstOfMonthAfter(year + 1, 1) };
}

function monthRange(year: number, month: number): DayRange {
  return { from: firstOfMonthAfter(year, month), to: firstOfMonthAfter(year, month, 1) };
}

function dayRange(year: number, month: number, day: number): DayRange | null {
  if (!isYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const from = firstOfMonthAfter(year, month) + day - 1;
  return { from, to: from + 1 };
}

function readToken(raw: string): Token {
  const token = raw.toLowerCase();
  let m = ISO_DAY.exec(token);
  if (m) {
    const range = dayRange(Number(m[1]), Number(m[2]), Number(m[3]));
    if (range) return { kind: 'date', range };
  }
  m = DOTTED_DAY.exec(token);
  if (m) {
    const range = dayRange(Number(m[3]), Number(m[2]), Number(m[1]));
    if (range) return { kind: 'date', range };
  }
  m = YEAR_MONTH.exec(token) ?? MONTH_YEAR.exec(token);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [year, month] = (m[1] ?? '').length === 4 ? [a, b] : [b, a];
    if (isYear(year) && month >= 1 && month <= 12) return { kind: 'date', range: monthRange(year, month) };
  }
  m = YEAR.exec(token);
  if (m && isYear(Number(m[1]))) return { kind: 'year', year: Number(m[1]) };
  const text = skeleton(raw);
  const month = MONTHS.get(text);
  return month === undefined ? { kind: 'word', text } : { kind: 'month', month, text };
}

/**
 * Reads a search. A month name counts as a date only beside a year ("April 2021", "2021 апрель"):
 * alone it is a word, so "March" still finds "the March protocol" of any year.
 */
export function parseSearch(search: string): SearchQuery {
  const text = search.slice(0, MAX_SEARCH_LENGTH);
  const tokens = text
    .normalize('NFC')
    .split(TOKEN_SEPARATOR)
    .filter((t) => t !== '')
    .map(readToken);
  const used = new Set<number>();
  const dates: DayRange[] = [];
  const words: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'month' || used.has(i)) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const year = next?.kind === 'year' && !used.has(i + 1) ? i + 1 : prev?.kind === 'year' && !used.has(i - 1) ? i - 1 : -1;
    const y = tokens[year];
    if (y?.kind !== 'year') return;
    dates.push(monthRange(y.year, t.month));
    used.add(i).add(year);
  });
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    if (t.kind === 'date') dates.push(t.range);
    else if (t.kind === 'year') dates.push(yearRange(t.year));
    else words.push(...t.text.split(' ').filter(Boolean));
  });
  return { words, dates, phrase: skeleton(text) };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.dates.length === 0;
}
