import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { countryFill, EDGE_DRAWN_BY_LINE, enclaveColor } from './expressions';
import { tagged } from './layerTags';
import { REGIONS, regionFill, regionOutline } from './regions';
import { waterLines } from './waterLayers';

const polygons: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];

/**
 * Fills and lines, bottom to top: the land by country, the two regions, water, the enclaves in
 * their holder's colours, rivers, the lines between countries and regions, and the border on top.
 */
export function areaLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': countryFill(), ...EDGE_DRAWN_BY_LINE },
    },
    ...REGIONS.map(regionFill),
    // Above the (opaque) regions, so Kayrakkum and the other lakes inside them still show. Its
    // antialiasing outline stays: it is the shoreline, in a darker blue, and no line layer draws it.
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      paint: { 'fill-color': MAP_COLORS.water, 'fill-outline-color': MAP_COLORS.waterLine },
    },
    tagged(
      { group: 'enclaves' },
      {
        id: 'enclaves-fill',
        type: 'fill',
        source: 'enclaves',
        filter: polygons,
        // Opaque, as in the legend: a translucent fill took on the colour of whatever lay beneath.
        paint: { 'fill-color': enclaveColor('fill'), ...EDGE_DRAWN_BY_LINE },
      },
    ),
    ...waterLines(),
    {
      id: 'countries-outline',
      type: 'line',
      source: 'countries',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': MAP_COLORS.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 1.6],
      },
    },
    ...REGIONS.map(regionOutline),
    tagged(
      { group: 'enclaves' },
      {
        id: 'enclaves-outline',
        type: 'line',
        source: 'enclaves',
        filter: polygons,
        paint: {
          'line-color': enclaveColor('line'),
          // Solid, as the key draws it; the holder's dark tone tells it from the grey national borders.
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 2.4],
        },
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
