/**
 * Among results that match a query equally well, which a reader most likely means: the clash
 * rather than the protocol signed the same week, the treaty's signing rather than one of its
 * ratifications. A tie-breaker only: it stays below 1, the smallest step of a match's score
 * (SEARCH_SCORES), so it never lifts a weaker match over a stronger one.
 */
import type { Category } from '../model/category';
import { severity, type TimedEvent } from '../model/timedEvent';

/** How much a kind of event tends to be the one asked for, 0–1: violence and treaties first, routine visits last. */
const CATEGORY_WEIGHT: Readonly<Record<Category, number>> = {
  clash: 1,
  treaty: 1,
  incident: 0.7,
  closure: 0.6,
  reopening: 0.6,
  agreement: 0.6,
  meeting: 0.3,
  infrastructure: 0.3,
  visit: 0.2,
  other: 0.1,
};

/** Sources beyond which more reporting says nothing more about prominence. */
const SOURCES_CAP = 6;

/** 0 ≤ prominence < 1: a third each from the kind of event, its toll (log scale) and how widely it was reported. */
export function searchProminence(event: TimedEvent): number {
  const kind = CATEGORY_WEIGHT[event.category];
  const toll = Math.min(1, Math.log10(1 + severity(event)) / 3);
  const reported = Math.min(1, Math.max(0, event.sources.length - 1) / (SOURCES_CAP - 1));
  return 0.3 * (kind + toll + reported);
}
