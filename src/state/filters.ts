import type { Category } from '../model/category';
import type { TimedEvent } from '../model/timedEvent';
import type { SearchScores } from './searchIndex';

export { MAX_SEARCH_LENGTH } from './searchQuery';

export interface EventFilters {
  /** Categories switched off; empty means every category is shown. */
  hiddenCategories: readonly Category[];
  search: string;
}

/**
 * Events passing the category filter and the search (`scores` from searchScores, index-aligned
 * with `events`; null when there is no search), in their original (chronological) order. Returns
 * the input array itself when nothing filters, so the map keeps its data untouched.
 */
export function applyFilters(
  events: readonly TimedEvent[],
  scores: SearchScores | null,
  hiddenCategories: readonly Category[],
): readonly TimedEvent[] {
  const hidden = new Set(hiddenCategories);
  if (hidden.size === 0 && scores === null) return events;
  return events.filter((e, i) => !hidden.has(e.category) && (scores === null || (scores[i] as number) > 0));
}
