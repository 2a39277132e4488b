import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { tagged } from './layerTags';
import { REGIONS, regionFill, regionOutline } from './regions';

/** Fills and lines, bottom to top: the land, water, the two regions, the enclaves and the border. */
export function areaLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'iso2'], 'KG', MAP_COLORS.kg, 'TJ', MAP_COLORS.tj, 'UZ', MAP_COLORS.uz, MAP_COLORS.land],
      },
    },
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      paint: { 'fill-color': MAP_COLORS.water, 'fill-outline-color': MAP_COLORS.waterLine },
    },
    ...REGIONS.map(regionFill),
    tagged(
      { group: 'enclaves' },
      {
        id: 'enclaves-fill',
        type: 'fill',
        source: 'enclaves',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': MAP_COLORS.enclave, 'fill-opacity': 0.28 },
      },
    ),
    {
      id: 'countries-outline',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': MAP_COLORS.countryLine, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    ...REGIONS.map(regionOutline),
    tagged(
      { group: 'enclaves' },
      {
        id: 'enclaves-outline',
        type: 'line',
        source: 'enclaves',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'line-color': MAP_COLORS.enclave, 'line-width': 1.5, 'line-dasharray': [2, 1.5] },
      },
    ),
    {
      id: 'border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_COLORS.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 12, 7] },
    },
    {
      id: 'border-line',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.8, 12, 3.5] },
    },
  ];
}
