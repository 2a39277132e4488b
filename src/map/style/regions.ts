import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { EDGE_DRAWN_BY_LINE, labelPoints } from './expressions';
import { FONT_BOLD } from './labelFonts';
import { tagged } from './layerTags';
import { LABELS_SOURCE } from './sources';

/** The two administrative regions the map is about; each is a layer group and a source of the same name. */
export interface Region {
  id: 'batken' | 'sughd';
}

export const REGIONS: readonly Region[] = [{ id: 'batken' }, { id: 'sughd' }];

/** Opaque, so the colour on the map is exactly the legend's (a translucent fill changes with what is under it). */
export function regionFill({ id }: Region): FillLayerSpecification {
  return tagged(
    { group: id },
    { id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': MAP_COLORS[`${id}Area`], ...EDGE_DRAWN_BY_LINE } },
  );
}

export function regionOutline({ id }: Region): LineLayerSpecification {
  return tagged(
    { group: id },
    { id: `${id}-outline`, type: 'line', source: id, paint: { 'line-color': MAP_COLORS[id], 'line-width': 1.5 } },
  );
}

/**
 * The region's name in capitals, once, at its point in labels.geojson (the feature whose target is
 * the region's own id), from the widest view to the zooms where it is one shape among others.
 */
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
      source: LABELS_SOURCE,
      filter: labelPoints('region', ['==', ['get', 'target'], `region-${id}`]),
      maxzoom: 10.5,
      layout: {
        'text-field': name,
        'text-font': [FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 15],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': MAP_COLORS[`${id}Label`], ...halo },
    },
  );
}
