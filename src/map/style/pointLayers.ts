import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { enclaveColor, selected, statusColor } from './expressions';
import { tagged } from './layerTags';
import { placeSymbols } from './places';
import { recordPlacePoint } from './recordPlaceLayers';

/** Symbols for places: enclaves too small to draw as areas, towns and villages, checkpoints (coloured by status), the tri-junction. */
export function pointLayers(): LayerSpecification[] {
  return [
    tagged(
      { group: 'enclaves' },
      {
        id: 'enclaves-point',
        type: 'circle',
        source: 'enclaves',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 7,
          'circle-color': enclaveColor('fill'),
          'circle-stroke-color': enclaveColor('line'),
          'circle-stroke-width': 1.5,
        },
      },
    ),
    ...placeSymbols(),
    tagged(
      { group: 'checkpoints' },
      {
        // The selected crossing, drawn under its symbol: near black just outside it, then yellow, as a
        // selected event is ringed, so the status colour stays visible and "selected" looks one way.
        id: 'checkpoints-selected',
        type: 'circle',
        source: 'checkpoints',
        paint: {
          'circle-radius': 11,
          'circle-color': ['case', selected, MAP_COLORS.selectedStroke, MAP_COLORS.transparent],
          'circle-stroke-color': ['case', selected, MAP_COLORS.selectedRing, MAP_COLORS.transparent],
          'circle-stroke-width': ['case', selected, 3, 0],
        },
      },
    ),
    tagged(
      { group: 'checkpoints', click: 'checkpoint' },
      {
        id: 'checkpoints-symbol',
        type: 'circle',
        source: 'checkpoints',
        paint: {
          'circle-radius': 6,
          'circle-color': MAP_COLORS.halo,
          'circle-stroke-color': statusColor(),
          'circle-stroke-width': 3,
        },
      },
    ),
    tagged(
      { group: 'trijunction' },
      {
        id: 'trijunction-symbol',
        type: 'circle',
        source: 'trijunction',
        paint: {
          'circle-radius': 6,
          'circle-color': MAP_COLORS.halo,
          'circle-stroke-color': MAP_COLORS.trijunction,
          'circle-stroke-width': 2.5,
        },
      },
    ),
    recordPlacePoint(),
  ];
}
