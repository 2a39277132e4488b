import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { labelPoints } from './expressions';
import { FONT_REGULAR } from './labelFonts';
import { tagged } from './layerTags';
import { LABELS_SOURCE } from './sources';

/** A river's rank in rivers.geojson: 1 the great rivers, 3 the small ones; unranked ones count as small. */
const riverRank: ExpressionSpecification = ['coalesce', ['get', 'rank'], 3];

/** Width in pixels by rank (1, 2, 3) at a zoom. */
const byRank = (widths: [number, number, number]): ExpressionSpecification => [
  'match',
  riverRank,
  1,
  widths[0],
  2,
  widths[1],
  widths[2],
];

const riverWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  byRank([1, 0.5, 0.2]),
  9,
  byRank([2, 1.2, 0.6]),
  13,
  byRank([4, 2.5, 1.5]),
];

/*
 * rivers.geojson holds Natural Earth 1:50m centrelines, which can lie a few kilometres off the real
 * channel: drawn at small and medium scales, they fade out before a close view would show a river
 * beside its valley.
 */
export const RIVERS_UNTIL_ZOOM = 11;
const coarseFade: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  RIVERS_UNTIL_ZOOM - 1.5,
  1,
  RIVERS_UNTIL_ZOOM,
  0,
];

/** Rivers as solid blue lines, canals (none in the data yet) dashed: part of the basemap, under the borders. */
export function waterLines(): LayerSpecification[] {
  return [
    {
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      filter: ['!=', ['get', 'kind'], 'canal'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_COLORS.river, 'line-width': riverWidth, 'line-opacity': coarseFade },
    },
    {
      id: 'canals-line',
      type: 'line',
      source: 'rivers',
      filter: ['==', ['get', 'kind'], 'canal'],
      paint: { 'line-color': MAP_COLORS.canal, 'line-width': riverWidth, 'line-opacity': coarseFade, 'line-dasharray': [3, 2] },
    },
  ];
}

/** A lake's or reservoir's name (from labels.geojson), the large ones from the wide view, the small ones closer in. */
export const WATER_LABEL_BANDS = [
  { id: 'water-label', rank: 4, minzoom: 4 },
  // Rank 5, the smaller named lakes and reservoirs (Kayrakkum among them), from the first view on.
  { id: 'water-label-5', rank: 5, minzoom: 6.5 },
] as const;

/*
 * Water names in blue and slightly spaced: with no italic face bundled, the colour and the spacing
 * are what set them apart from places.
 */
const waterText = (name: ExpressionSpecification) =>
  ({
    'text-field': name,
    'text-font': [FONT_REGULAR],
    'text-letter-spacing': 0.08,
  }) satisfies SymbolLayerSpecification['layout'];

/** Names of water bodies (points) and of rivers (along the line), all following the language. */
export function waterLabels(
  name: ExpressionSpecification,
  halo: NonNullable<SymbolLayerSpecification['paint']>,
): SymbolLayerSpecification[] {
  const paint = { 'text-color': MAP_COLORS.waterLabel, ...halo };
  return [
    tagged(
      { nameLabel: true },
      {
        id: 'rivers-label',
        type: 'symbol',
        source: 'rivers',
        minzoom: 6,
        maxzoom: RIVERS_UNTIL_ZOOM - 0.5,
        // The great rivers are named from the first view, the others closer in (a filter sees whole zooms).
        filter: ['all', ['has', 'name_en'], ['<=', riverRank, ['step', ['zoom'], 1, 8, 2, 10, 3]]],
        layout: {
          ...waterText(name),
          'symbol-placement': 'line',
          'symbol-spacing': 350,
          'text-max-angle': 30,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10.5, 10, 12.5],
        },
        paint,
      },
    ),
    ...WATER_LABEL_BANDS.map(
      ({ id, rank, minzoom }): SymbolLayerSpecification =>
        tagged(
          { nameLabel: true },
          {
            id,
            type: 'symbol',
            source: LABELS_SOURCE,
            minzoom,
            filter: labelPoints('water', ['==', ['get', 'rank'], rank]),
            layout: { ...waterText(name), 'text-size': rank === 4 ? 12 : 11, 'text-max-width': 7 },
            paint,
          },
        ),
    ),
  ];
}
