import type { ExpressionSpecification } from 'maplibre-gl';
import {
  CATEGORY_COLORS,
  COUNTRY_COLORS,
  ENCLAVE_COLORS,
  ENCLAVE_OWNERS,
  MAP_COLORS,
  NEUTRAL_TONES,
  STATUS_COLORS,
} from '../../model/palette';

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
/** An event the open story's step rests on (feature-state, written once per step). */
export const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
/*
 * Whether an event is shown at the slider's date, and revealed within the last 30 days of it: both
 * feature-state written by the adapter (see timeVisibility.ts for why not a filter).
 */
export const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
export const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];
/** Imported by the person: a property fixed per dataset, so it costs nothing while scrubbing. */
export const imported: ExpressionSpecification = ['==', ['get', 'imported'], 1];

/** An enclave's fill or outline colour, by the country that holds it. */
export function enclaveColor(part: 'fill' | 'line'): ExpressionSpecification {
  const pairs = ENCLAVE_OWNERS.flatMap((owner) => [owner, ENCLAVE_COLORS[owner][part]]);
  // An enclave without an owner would be a data error: it shows in the plain town ink, not in a country's colour.
  return ['match', ['get', 'owner'], ...pairs, MAP_COLORS.town] as unknown as ExpressionSpecification;
}

/** A country's fill: its own for the three the map is about, a neutral tone for the rest. */
export function countryFill(): ExpressionSpecification {
  const own = Object.entries(COUNTRY_COLORS).flat();
  const neutral = Object.entries(NEUTRAL_TONES).flatMap(([tone, countries]) => [
    countries,
    MAP_COLORS[tone as keyof typeof NEUTRAL_TONES],
  ]);
  return ['match', ['get', 'iso2'], ...own, ...neutral, MAP_COLORS.land] as unknown as ExpressionSpecification;
}

/*
 * The points of labels.geojson of one kind, each within its own zoom range when it has one
 * (properties minzoom / maxzoom): an area may have a point for the wide view (its whole shape's
 * centre) and another for the close one (the centre of its part in the first view's frame). A
 * filter sees whole zooms only, so the ranges are whole numbers.
 */
export function labelPoints(kind: string, ...conditions: ExpressionSpecification[]): ExpressionSpecification {
  return [
    'all',
    ['==', ['get', 'kind'], kind],
    ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
    ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 99]],
    ...conditions,
  ] as unknown as ExpressionSpecification;
}

/**
 * For a fill whose edge a line layer of the same source draws on top (countries, the two regions,
 * the enclaves): no antialiasing outline of its own. That outline is a second draw of every edge,
 * in the fill's own colour and hidden under the line; under software WebGL it was about a quarter
 * of a frame (phone view: 48 → 35 ms a repaint).
 */
export const EDGE_DRAWN_BY_LINE = { 'fill-antialias': false } as const;
