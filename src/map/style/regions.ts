import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { FONT_BOLD } from './fontFaces';
import { tagged } from './layerTags';

/** The two administrative regions the map is about; each is a layer group and a source of the same name. */
export interface Region {
  id: 'batken' | 'sughd';
  fillOpacity: number;
}

export const REGIONS: readonly Region[] = [
  { id: 'batken', fillOpacity: 0.22 },
  { id: 'sughd', fillOpacity: 0.2 },
];

export function regionFill({ id, fillOpacity }: Region): FillLayerSpecification {
  return tagged(
    { group: id },
    { id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': MAP_COLORS[id], 'fill-opacity': fillOpacity } },
  );
}

export function regionOutline({ id }: Region): LineLayerSpecification {
  return tagged(
    { group: id },
    { id: `${id}-outline`, type: 'line', source: id, paint: { 'line-color': MAP_COLORS[id], 'line-width': 1.5 } },
  );
}

/** The region's name in capitals across it, at the zooms where it is one shape among others. */
export function regionLabel(
  { id }: Region,
  name: ExpressionSpecification,
  halo: NonNullable<SymbolLayerSpecification['paint']>,
): SymbolLayerSpecification {
  return tagged(
    { group: id, nameLabel: true },
    {
      id: `${id}-label`,
      type: 'symbol',
      source: id,
      maxzoom: 9,
      layout: {
        'text-field': name,
        'text-font': [FONT_BOLD],
        'text-size': 13,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
      },
      paint: { 'text-color': MAP_COLORS[`${id}Label`], ...halo },
    },
  );
}
