import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { statusColor } from './expressions';
import { tagged } from './layerTags';

/** Symbols for places: enclaves too small to draw as areas, towns, checkpoints (coloured by status), the tri-junction. */
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
          'circle-color': MAP_COLORS.enclave,
          'circle-opacity': 0.25,
          'circle-stroke-color': MAP_COLORS.enclave,
          'circle-stroke-width': 1.5,
        },
      },
    ),
    tagged(
      { group: 'towns' },
      {
        id: 'towns-circle',
        type: 'circle',
        source: 'towns',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 11, 4.5],
          'circle-color': MAP_COLORS.town,
          'circle-stroke-color': MAP_COLORS.halo,
          'circle-stroke-width': 1,
        },
      },
    ),
    tagged(
      { group: 'checkpoints' },
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
  ];
}
