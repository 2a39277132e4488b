import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../model/languages';
import { COUNTRY_COLORS, MAP_COLORS } from '../../model/palette';
import { labelText } from '../labelText';
import { enclaveColor, labelPoints } from './expressions';
import { FONT_BOLD, FONT_REGULAR } from './labelFonts';
import { tagged } from './layerTags';
import { PLACE_BANDS, placeLabels } from './places';
import { recordPlaceLabel } from './recordPlaceLayers';
import { REGIONS, regionLabel } from './regions';
import { LABELS_SOURCE } from './sources';
import { waterLabels } from './waterLayers';

/** From this zoom the three countries are named inside the first view's frame (labels.geojson scope "local"). */
export const LOCAL_COUNTRY_LABEL_ZOOM = 6;
/** From this zoom the KG–TJ–UZ junction is named (below it, its ring alone marks it). */
export const TRIJUNCTION_LABEL_ZOOM = 9;
/*
 * Kyrgyzstan's, Tajikistan's and Uzbekistan's whole-shape points lie far outside the first view, so
 * each also has a local point inside it: the whole-shape one names them in the wide view, the local
 * one from LOCAL_COUNTRY_LABEL_ZOOM on. Every other country keeps its one point at every zoom.
 */
const countryPointAtZoom: ExpressionSpecification = [
  'case',
  ['==', ['get', 'scope'], 'local'],
  ['>=', ['zoom'], LOCAL_COUNTRY_LABEL_ZOOM],
  ['in', ['get', 'iso2'], ['literal', Object.keys(COUNTRY_COLORS)]],
  ['<', ['zoom'], LOCAL_COUNTRY_LABEL_ZOOM],
  true,
];

/**
 * Names, drawn last so no area or marker covers them; their text follows the language. MapLibre
 * places labels from the top layer down, so the list runs from the least to the most important:
 * water, villages, checkpoints, enclaves, towns, regions. Enclave names give way to towns at the
 * first view, where the small enclaves sit among the Khujand–Isfara towns. Country names lie under
 * them all and take part in no collision.
 */
export function labelLayers(lang: Lang): LayerSpecification[] {
  const name = labelText(lang);
  const halo = { 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };
  /** A point layer's names, in the regular face unless `layout` says otherwise, from `minzoom` on. */
  const pointLabel = (
    source: 'checkpoints' | 'trijunction',
    color: string,
    layout: SymbolLayerSpecification['layout'],
    minzoom?: number,
  ): SymbolLayerSpecification =>
    tagged(
      { group: source, nameLabel: true },
      {
        id: `${source}-label`,
        type: 'symbol',
        source,
        ...(minzoom === undefined ? {} : { minzoom }),
        layout: { 'text-field': name, 'text-font': [FONT_REGULAR], ...layout },
        paint: { 'text-color': color, ...halo },
      },
    );
  return [
    tagged(
      { nameLabel: true },
      {
        /*
         * Big, spaced and muted, under every other name and never pushing one out: drawn whatever
         * lies there (town names keep their white halo over them), so a country is always named.
         */
        id: 'countries-label',
        type: 'symbol',
        source: LABELS_SOURCE,
        filter: labelPoints('country', countryPointAtZoom),
        maxzoom: 11,
        layout: {
          'text-field': name,
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 12, 7, 17, 10, 22],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.3,
          'text-max-width': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': MAP_COLORS.countryLabel, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1 },
      },
    ),
    ...waterLabels(name, halo),
    ...placeLabels(
      PLACE_BANDS.filter((b) => b.rank >= 4),
      name,
      halo,
    ),
    pointLabel('checkpoints', MAP_COLORS.checkpointLabel, { 'text-size': 11, 'text-anchor': 'left', 'text-offset': [1, 0] }, 9),
    /*
     * The junction's name is long in every language (four lines in bold at 11 px). At the first
     * view it sat between Kokand and Kanibadam and took their place; it is named from a closer
     * zoom, where the towns are far apart, small and regular, in at most two lines. Its ring is
     * drawn at every zoom and the legend says what it is.
     */
    pointLabel(
      'trijunction',
      MAP_COLORS.trijunction,
      {
        'text-size': 10,
        'text-max-width': 16,
        'text-line-height': 1.1,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
      },
      TRIJUNCTION_LABEL_ZOOM,
    ),
    tagged(
      { group: 'enclaves', nameLabel: true },
      {
        // One name per enclave, in the dark tone of the country that holds it.
        id: 'enclaves-label',
        type: 'symbol',
        source: LABELS_SOURCE,
        filter: labelPoints('enclave'),
        minzoom: 6.5,
        layout: {
          'text-field': name,
          'text-font': [FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 12, 13],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.06,
          'text-max-width': 8,
        },
        paint: { 'text-color': enclaveColor('line'), ...halo },
      },
    ),
    ...placeLabels(
      PLACE_BANDS.filter((b) => b.rank < 4),
      name,
      halo,
    ),
    recordPlaceLabel(lang),
    ...REGIONS.map((r) => regionLabel(r, name, halo)),
  ];
}
