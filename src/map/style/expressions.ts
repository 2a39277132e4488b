import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORY_COLORS, STATUS_COLORS } from '../../model/palette';

/** A category → colour `match` expression, from the shared palette. */
export function categoryColor(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLORS).flat();
  // The spec's tuple type cannot express a variadic list of label/value pairs.
  return ['match', ['get', 'category'], ...pairs, CATEGORY_COLORS.other] as unknown as ExpressionSpecification;
}

export function statusColor(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'status'], 'unknown'],
    'open',
    STATUS_COLORS.open,
    'restricted',
    STATUS_COLORS.restricted,
    'closed',
    STATUS_COLORS.closed,
    STATUS_COLORS.unknown,
  ];
}

export const cellCount: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];

export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/*
 * Whether an event is shown at the slider's date, and revealed within the last 30 days of it: both
 * feature-state written by the adapter (see timeVisibility.ts for why not a filter).
 */
export const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
export const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];
/** Imported by the person: a property fixed per dataset, so it costs nothing while scrubbing. */
export const imported: ExpressionSpecification = ['==', ['get', 'imported'], 1];
