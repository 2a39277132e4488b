import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../model/languages';
import { MAP_COLORS } from '../../model/palette';
import { labelText } from '../labelText';
import { FONT_REGULAR } from './labelFonts';
import { tagged } from './layerTags';
import { RECORD_PLACES_SOURCE } from './sources';

/** From this zoom the record's own places (a water intake, a residence) are drawn: they are local. */
const RECORD_PLACES_MINZOOM = 8;

/**
 * Places the event record names that are on no map layer (the Golovnoy water intake, a state
 * residence): a hollow square, since their positions are approximate or inferred, as the legend says.
 */
export function recordPlacePoint(): LayerSpecification {
  return tagged(
    { group: 'towns' },
    {
      id: 'record-places-point',
      type: 'circle',
      source: RECORD_PLACES_SOURCE,
      minzoom: RECORD_PLACES_MINZOOM,
      paint: {
        'circle-radius': 4.5,
        'circle-color': MAP_COLORS.halo,
        'circle-stroke-color': MAP_COLORS.recordPlace,
        'circle-stroke-width': 2,
      },
    },
  );
}

export function recordPlaceLabel(lang: Lang): LayerSpecification {
  return tagged(
    { group: 'towns', nameLabel: true },
    {
      id: 'record-places-label',
      type: 'symbol',
      source: RECORD_PLACES_SOURCE,
      minzoom: RECORD_PLACES_MINZOOM,
      layout: {
        'text-field': labelText(lang),
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [0.8, 0],
      },
      paint: { 'text-color': MAP_COLORS.recordPlace, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6 },
    },
  );
}
