import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { BORDER_AREA_BOUNDS } from '../initialView';
import { FONT_BOLD, FONT_REGULAR } from './labelFonts';
import { tagged } from './layerTags';

/** The image of a national capital's symbol, drawn at run time by the map controller (mapImages.ts). */
export const CAPITAL_ICON = 'capital-star';

type PlaceSource = 'towns' | 'villages';

/** One rank of places and the zoom from which it is named: each is its own label layer. */
export interface PlaceBand {
  id: string;
  source: PlaceSource;
  rank: number;
  minzoom: number;
  font: string;
  /** Text size at a low and a high zoom: [zoom, size, zoom, size]. */
  size: [number, number, number, number];
}

/*
 * Ranks in towns.geojson: 1 national capital, 2 region capital or city of 100,000+, 3 town, 4 village;
 * villages.geojson holds smaller villages, ranked 4 and 5. Important places are named from the widest
 * view; the rest join as there is room. Town ranks 1–3 must all be named at the first view (zoom ≈ 7
 * in a 1280 × 800 window with the side pane), which frames Isfara, Ghafurov, Guliston and Khujand.
 */
export const PLACE_BANDS: readonly PlaceBand[] = [
  { id: 'capitals-label', source: 'towns', rank: 1, minzoom: 0, font: FONT_BOLD, size: [4, 12, 10, 17] },
  { id: 'towns-label', source: 'towns', rank: 2, minzoom: 0, font: FONT_REGULAR, size: [4, 11, 10, 15] },
  { id: 'towns-label-3', source: 'towns', rank: 3, minzoom: 6.5, font: FONT_REGULAR, size: [6.5, 11, 12, 14] },
  { id: 'towns-label-4', source: 'towns', rank: 4, minzoom: 9, font: FONT_REGULAR, size: [9, 11, 13, 13] },
  { id: 'villages-label', source: 'villages', rank: 4, minzoom: 10, font: FONT_REGULAR, size: [10, 10.5, 14, 13] },
  { id: 'villages-label-5', source: 'villages', rank: 5, minzoom: 11.5, font: FONT_REGULAR, size: [11.5, 10, 14, 12] },
];

/** A place without a rank counts as the smallest of its file. */
const DEFAULT_RANK: Record<PlaceSource, number> = { towns: 3, villages: 5 };
const rankOf = (source: PlaceSource): ExpressionSpecification => ['coalesce', ['get', 'rank'], DEFAULT_RANK[source]];
const isCountryCapital: ExpressionSpecification = ['==', ['get', 'capital'], 'country'];

/** 1 where a place's rank is named at the current zoom, else 0: its dot appears with its name. */
function shownAtZoom(source: PlaceSource): ExpressionSpecification {
  const bands = PLACE_BANDS.filter((b) => b.source === source);
  const rank = rankOf(source);
  const upTo = (zoom: number) => Math.max(0, ...bands.filter((b) => b.minzoom <= zoom).map((b) => b.rank));
  const shown = (zoom: number): ExpressionSpecification => ['case', ['<=', rank, upTo(zoom)], 1, 0];
  const stops = [...new Set(bands.map((b) => b.minzoom))].sort((a, b) => a - b).filter((z) => z > 0);
  return ['step', ['zoom'], shown(0), ...stops.flatMap((z) => [z, shown(z)])] as unknown as ExpressionSpecification;
}

const [west, south, east, north] = BORDER_AREA_BOUNDS;
/** The first view's frame: a place in it wins a collision against a place of the same rank outside it. */
const inBorderArea: ExpressionSpecification = [
  'within',
  {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  },
];

/** Dots for towns and villages (a star for national capitals), drawn under the events. */
export function placeSymbols(): LayerSpecification[] {
  const dot = (source: PlaceSource, radius: ExpressionSpecification): LayerSpecification => {
    const opacity = shownAtZoom(source);
    return tagged(
      { group: 'towns' },
      {
        id: `${source}-circle`,
        type: 'circle',
        source,
        filter: ['!', isCountryCapital],
        paint: {
          'circle-radius': radius,
          'circle-color': MAP_COLORS.town,
          'circle-stroke-color': MAP_COLORS.halo,
          'circle-stroke-width': 1,
          'circle-opacity': opacity,
          'circle-stroke-opacity': opacity,
        },
      },
    );
  };
  const rank = rankOf('towns');
  return [
    dot('villages', ['interpolate', ['linear'], ['zoom'], 10, 2, 14, 3.5]),
    dot('towns', [
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      ['match', rank, 2, 3.5, 3, 2.5, 2],
      11,
      ['match', rank, 2, 5.5, 3, 4.5, 3.5],
    ]),
    tagged(
      { group: 'towns' },
      {
        id: 'capitals-icon',
        type: 'symbol',
        source: 'towns',
        filter: isCountryCapital,
        layout: {
          'icon-image': CAPITAL_ICON,
          'icon-size': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 1.2],
          'icon-allow-overlap': true,
        },
      },
    ),
  ];
}

/** The places of `bands` (least important first: MapLibre places the last layer's labels first). */
export function placeLabels(
  bands: readonly PlaceBand[],
  name: ExpressionSpecification,
  halo: NonNullable<SymbolLayerSpecification['paint']>,
): SymbolLayerSpecification[] {
  const weight = (b: PlaceBand) => b.rank * 10 + (b.source === 'villages' ? 5 : 0);
  return [...bands].sort((a, b) => weight(b) - weight(a)).map((band) => placeLabel(band, name, halo));
}

function placeLabel(
  band: PlaceBand,
  name: ExpressionSpecification,
  halo: NonNullable<SymbolLayerSpecification['paint']>,
): SymbolLayerSpecification {
  return tagged(
    { group: 'towns', nameLabel: true },
    {
      id: band.id,
      type: 'symbol',
      source: band.source,
      ...(band.minzoom > 0 ? { minzoom: band.minzoom } : {}),
      filter: ['==', rankOf(band.source), band.rank],
      layout: {
        'text-field': name,
        'text-font': [band.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], ...band.size],
        // A name may sit on any side of its dot: next to a bigger neighbour it moves instead of vanishing.
        'text-variable-anchor': ['top', 'right', 'left', 'bottom'],
        'text-radial-offset': band.rank === 1 ? 0.9 : 0.5,
        'text-justify': 'auto',
        'text-max-width': 8,
        // Within a rank: first the places of the border area, then the more populous.
        'symbol-sort-key': [
          '-',
          ['+', band.rank, ['case', inBorderArea, 0, 0.5]],
          ['/', ['coalesce', ['get', 'population'], 0], 1e8],
        ],
      },
      paint: { 'text-color': MAP_COLORS.town, ...halo },
    },
  );
}
