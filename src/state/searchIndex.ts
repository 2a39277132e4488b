/**
 * The search over a record. Each event's texts in all five languages are folded once (see
 * searchFold) into three strings: its titles, its places' names, and the rest (summaries, figure
 * labels); a query is then a pass of `indexOf` over the events its dates leave, word by word, every
 * word required. A word also matches the events of a category or with a figure it names ("clash",
 * "столкновение", "killed"). A word that matches none of the events still in play falls back to the
 * record's nearest spellings (edit distance 1 for words of 5 letters or more, 2 from 8), so a
 * misspelt name still finds its events while a word that does occur never drags in look-alikes.
 */
import { SEARCH_NAMES } from '../i18n/searchNames';
import { CATEGORIES, type Category } from '../model/category';
import { CATEGORY_TABLE } from '../model/categoryTable.js';
import { boundedEditDistance } from '../model/editDistance';
import { LANGS } from '../model/languages';
import type { PlaceInfo } from '../model/loadedData';
import { allLanguages } from '../model/localized';
import { FIGURE_METRICS, type FigureMetric } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';
import { skeleton } from './searchFold';
import { searchProminence } from './searchProminence';
import { type DayRange, isEmptyQuery, type SearchQuery } from './searchQuery';
import { NAME_VARIANTS } from './searchVariants';

export interface SearchIndex {
  /** Per event, folded: its titles in every language (joined by " | "), its places' names, and the rest (summaries, figure labels). */
  titles: readonly string[];
  places: readonly string[];
  rest: readonly string[];
  /** Per event, copied out of the records so a query reads flat arrays: its interval, its category (index in CATEGORIES), its figures' metrics (one bit each). */
  starts: Float64Array;
  ends: Float64Array;
  categories: Uint8Array;
  metrics: Uint8Array;
  /** Per event, the tie-breaker between equal matches (searchProminence.ts), below 1. */
  prominence: Float32Array;
}

/** What a word scores by where it is found; the sum over the words orders the results. */
export const SEARCH_SCORES = { titleWord: 8, title: 6, place: 5, category: 4, text: 3, fuzzy: 1 } as const;
/** An event whose title is the whole query comes first whatever else matches. */
const TITLE_EQUALS_BONUS = 1000;
const TITLE_PHRASE_BONUS = 10;
const TITLE_SEPARATOR = ' | ';

/** Per event of the index's record: 0 when it does not match, else a score (higher = more relevant). */
export type SearchScores = Float64Array;

function placeText(place: PlaceInfo | undefined, id: string): string {
  if (!place) return skeleton(id);
  const names = [id, ...allLanguages(place.name)];
  if (place.sides) names.push(...allLanguages(place.sides.kg), ...allLanguages(place.sides.tj));
  names.push(...(NAME_VARIANTS[skeleton(place.name.en)] ?? []));
  return skeleton(names.join(' '));
}

/**
 * The folded texts of every event, built once per record (a selector memoises it). A text shared
 * by many events (a place's names; the copies in a synthetic record) is folded once and held once.
 */
export function buildSearchIndex(events: readonly TimedEvent[], places: Readonly<Record<string, PlaceInfo>>): SearchIndex {
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let out = folded.get(text);
    if (out === undefined) {
      out = skeleton(text);
      folded.set(text, out);
    }
    return out;
  };
  // Equal texts become one string, however they were assembled.
  const held = new Map<string, string>();
  const hold = (text: string) => {
    const same = held.get(text);
    if (same !== undefined) return same;
    held.set(text, text);
    return text;
  };
  const placeTexts = new Map<string, string>();
  const placeOf = (id: string) => {
    let text = placeTexts.get(id);
    if (text === undefined) {
      text = placeText(places[id], id);
      placeTexts.set(id, text);
    }
    return text;
  };
  const n = events.length;
  const titles: string[] = new Array(n);
  const placeNames: string[] = new Array(n);
  const rest: string[] = new Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const categories = new Uint8Array(n);
  const metrics = new Uint8Array(n);
  const prominence = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i] as TimedEvent;
    starts[i] = e.startDay;
    ends[i] = e.endDay;
    categories[i] = CATEGORIES.indexOf(e.category);
    prominence[i] = searchProminence(e);
    for (const f of e.figures) metrics[i] = (metrics[i] as number) | metricBit(f.metric);
    titles[i] = hold(allLanguages(e.title).map(fold).join(TITLE_SEPARATOR));
    // An imported row's own place name (its file's location column) is searched like a record place.
    const ownPlace = e.placeName === undefined ? [] : allLanguages(e.placeName).map(fold);
    placeNames[i] = hold([...e.places.map(placeOf), ...ownPlace].join(' '));
    rest[i] = hold([...allLanguages(e.summary), ...e.figures.flatMap((f) => allLanguages(f.label))].map(fold).join(' '));
  }
  return { titles, places: placeNames, rest, starts, ends, categories, metrics, prominence };
}

const metricBit = (metric: FigureMetric) => 1 << FIGURE_METRICS.indexOf(metric);

const namesIn = (key: (lang: (typeof LANGS)[number]) => string) => skeleton(LANGS.map(key).join(' '));

// Category and figure names in all five languages (and the category's import words), folded once.
const CATEGORY_TEXT: Record<Category, string> = Object.fromEntries(
  CATEGORIES.map((c) => {
    const words = CATEGORY_TABLE.find((row) => row.id === c)?.importWords ?? [];
    return [c, `${namesIn((l) => SEARCH_NAMES[l][`category.${c}`])} ${skeleton(words.join(' '))} ${c}`];
  }),
) as Record<Category, string>;
const METRIC_TEXT: Record<FigureMetric, string> = Object.fromEntries(
  FIGURE_METRICS.map((m) => [m, namesIn((l) => SEARCH_NAMES[l][`metric.${m}`])]),
) as Record<FigureMetric, string>;

const vocabularies = new WeakMap<SearchIndex, readonly string[]>();

/**
 * Every distinct word of the titles, the place names and the category and figure names: where a
 * misspelling looks for its nearest spellings. Summaries are left out: misspelt names are the
 * need, and splitting every summary of 100,000 events took seconds.
 */
function vocabularyOf(index: SearchIndex): readonly string[] {
  let words = vocabularies.get(index);
  if (!words) {
    const set = new Set<string>();
    const add = (text: string) => {
      for (const w of text.split(/[\s|]+/)) if (w !== '') set.add(w);
    };
    // Identical texts (copies of an event) are one string, split once.
    for (const text of new Set([...index.titles, ...index.places])) add(text);
    for (const text of [...Object.values(CATEGORY_TEXT), ...Object.values(METRIC_TEXT)]) add(text);
    words = [...set];
    vocabularies.set(index, words);
  }
  return words;
}

function fuzzyLimit(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

/** The record's words within the edit distance a misspelling of `word` may have. */
function nearSpellings(index: SearchIndex, word: string): string[] {
  const max = fuzzyLimit(word);
  if (max === 0) return [];
  return vocabularyOf(index).filter((w) => w !== word && boundedEditDistance(word, w, max) <= max);
}

const isBoundary = (text: string, i: number) => i < 0 || i >= text.length || text[i] === ' ' || text[i] === '|';

/** Where `word` is found in event `i`, as a score: a title (a whole word or part of one), a place, or the rest. */
function textScore(index: SearchIndex, i: number, word: string): number {
  const title = index.titles[i] as string;
  let at = title.indexOf(word);
  if (at >= 0) {
    while (at >= 0) {
      if (isBoundary(title, at - 1) && isBoundary(title, at + word.length)) return SEARCH_SCORES.titleWord;
      at = title.indexOf(word, at + 1);
    }
    return SEARCH_SCORES.title;
  }
  if ((index.places[i] as string).includes(word)) return SEARCH_SCORES.place;
  return (index.rest[i] as string).includes(word) ? SEARCH_SCORES.text : 0;
}

interface Needle {
  words: readonly string[];
  /** Per category index: whether a word names it. */
  categories: readonly boolean[];
  /** The bits of the figure metrics a word names. */
  metrics: number;
}

function needleOf(words: readonly string[]): Needle {
  let metrics = 0;
  for (const m of FIGURE_METRICS) if (words.some((w) => METRIC_TEXT[m].includes(w))) metrics |= metricBit(m);
  return { words, categories: CATEGORIES.map((c) => words.some((w) => CATEGORY_TEXT[c].includes(w))), metrics };
}

function needleScore(index: SearchIndex, i: number, needle: Needle): number {
  let best = 0;
  for (const w of needle.words) {
    const s = textScore(index, i, w);
    if (s > best) best = s;
  }
  if (best < SEARCH_SCORES.category) {
    const named =
      needle.categories[index.categories[i] as number] === true || ((index.metrics[i] as number) & needle.metrics) !== 0;
    if (named) best = SEARCH_SCORES.category;
  }
  return best;
}

function titleBonus(title: string, phrase: string, words: number): number {
  if (phrase === '') return 0;
  if (title.split(TITLE_SEPARATOR).includes(phrase)) return TITLE_EQUALS_BONUS;
  return words > 1 && title.includes(phrase) ? TITLE_PHRASE_BONUS : 0;
}

/**
 * Scores every event of the record for the query: 0 when it fails a date or a word, else 1 plus,
 * per word, where it was found. Null when the query asks nothing (every event passes).
 */
export function searchScores(events: readonly TimedEvent[], index: SearchIndex, query: SearchQuery): SearchScores | null {
  if (isEmptyQuery(query)) return null;
  const scores = new Float64Array(events.length);
  let alive: number[] = [];
  const { starts, ends } = index;
  const dates = query.dates;
  for (let i = 0; i < events.length; i++) {
    let inDates = true;
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k] as DayRange;
      if (!((starts[i] as number) < d.to && (ends[i] as number) > d.from)) inDates = false;
    }
    if (inDates) {
      scores[i] = 1;
      alive.push(i);
    }
  }
  for (const word of query.words) {
    const pass = (needle: Needle, fixed: number | null): number[] => {
      const found: number[] = [];
      for (const i of alive) {
        const s = needleScore(index, i, needle);
        if (s > 0) {
          scores[i] = (scores[i] as number) + (fixed ?? s);
          found.push(i);
        }
      }
      return found;
    };
    let next = pass(needleOf([word]), null);
    if (next.length === 0) {
      const near = nearSpellings(index, word);
      if (near.length > 0) next = pass(needleOf(near), SEARCH_SCORES.fuzzy);
    }
    // `next` is in the order of `alive`: one walk zeroes the events this word left out.
    let k = 0;
    for (const i of alive) {
      if (next[k] === i) k++;
      else scores[i] = 0;
    }
    alive = next;
  }
  for (const i of alive)
    scores[i] =
      (scores[i] as number) +
      titleBonus(index.titles[i] as string, query.phrase, query.words.length) +
      (index.prominence[i] as number);
  return scores;
}

/**
 * The matching events of `events` (the record, chronological and index-aligned with `scores`)
 * that `keep` lets through, most relevant first; ties newest first, like the list without a search.
 */
export function rankByScore(events: readonly TimedEvent[], scores: SearchScores, keep: (e: TimedEvent) => boolean): TimedEvent[] {
  const hits: number[] = [];
  for (let i = events.length - 1; i >= 0; i--) if ((scores[i] as number) > 0 && keep(events[i] as TimedEvent)) hits.push(i);
  // The record is sorted by start then id, so a later index is the newer event: a stable sort on
  // the score alone keeps ties newest first without comparing dates or ids.
  hits.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  return hits.map((i) => events[i] as TimedEvent);
}
