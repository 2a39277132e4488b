import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../model/languages';
import { MAP_COLORS } from '../../model/palette';
import { labelText } from '../labelText';
import { FONT_BOLD, FONT_REGULAR } from './fontFaces';
import { tagged } from './layerTags';
import { REGIONS, regionLabel } from './regions';

/** Names, drawn last so no area or marker covers them; their text follows the language. */
export function labelLayers(lang: Lang): LayerSpecification[] {
  const name = labelText(lang);
  const halo = { 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };
  /** A place layer's names, in the regular face unless `layout` says otherwise, from `minzoom` on. */
  const placeLabel = (
    source: 'enclaves' | 'towns' | 'checkpoints' | 'trijunction',
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
    ...REGIONS.map((r) => regionLabel(r, name, halo)),
    placeLabel('enclaves', MAP_COLORS.enclave, { 'text-size': 11, 'text-offset': [0, 1.1], 'text-optional': true }, 8),
    placeLabel('towns', MAP_COLORS.town, {
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
      'text-anchor': 'top',
      'text-offset': [0, 0.5],
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 10],
    }),
    placeLabel('checkpoints', MAP_COLORS.checkpointLabel, { 'text-size': 11, 'text-anchor': 'left', 'text-offset': [1, 0] }, 9),
    placeLabel('trijunction', MAP_COLORS.trijunction, {
      'text-font': [FONT_BOLD],
      'text-size': 11,
      'text-anchor': 'bottom',
      'text-offset': [0, -1],
    }),
  ];
}
