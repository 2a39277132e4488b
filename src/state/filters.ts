import type { Category } from '../model/category';
import type { PlaceInfo } from '../model/loadedData';
import { allLanguages } from '../model/localized';
import type { TimedEvent } from '../model/timedEvent';

export interface EventFilters {
  /** Categories switched off; empty means every category is shown. */
  hiddenCategories: readonly Category[];
  search: string;
}

/** Longest search text kept: a pasted essay is not a query, and it would make every link huge. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * Folds text so a search matches however it is typed: case, accents and the Cyrillic ё/е and
 * й/и variants people use interchangeably are ignored.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и')
    .replace(/[’'ʻʼ`‘]/g, '')
    .replace(/\s+/g, ' ');
}

/** One folded string per event (titles, summaries and place names in every language), built once per dataset. */
export function buildSearchIndex(events: readonly TimedEvent[], places: Readonly<Record<string, PlaceInfo>>): string[] {
  return events.map((e) => {
    const parts = [...allLanguages(e.title), ...allLanguages(e.summary)];
    for (const id of e.places) {
      parts.push(id);
      parts.push(...allLanguages(places[id]?.name));
    }
    return foldText(parts.join(' \u0000 '));
  });
}

/** Search terms: every word must occur somewhere in the event's text. */
export function searchTerms(search: string): string[] {
  return foldText(search.slice(0, MAX_SEARCH_LENGTH)).split(' ').filter(Boolean);
}

/**
 * Events passing the category filter and the search, in their original (chronological) order.
 * Returns the input array itself when nothing filters, so the map keeps its data untouched.
 */
export function applyFilters(
  events: readonly TimedEvent[],
  index: readonly string[],
  filters: EventFilters,
): readonly TimedEvent[] {
  const hidden = new Set(filters.hiddenCategories);
  const terms = searchTerms(filters.search);
  if (hidden.size === 0 && terms.length === 0) return events;
  return events.filter((e, i) => {
    if (hidden.has(e.category)) return false;
    const text = index[i] ?? '';
    return terms.every((term) => text.includes(term));
  });
}
