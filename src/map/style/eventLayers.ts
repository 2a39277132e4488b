import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { categoryColor, cellCount, imported, recent, selected, shown } from './expressions';
import { FONT_BOLD } from './fontFaces';
import { tagged } from './layerTags';
import { EVENTS_GRID_SOURCE, EVENTS_SOURCE } from './sources';

/** For large records, individual markers are drawn from this zoom on; below it, counts per grid cell. */
export const DENSE_DETAIL_ZOOM = 9;

/** The events: counts per cell for large records, then one marker each (halo, disc, selection ring). */
export function eventLayers(): LayerSpecification[] {
  return [
    tagged(
      { group: 'events', click: 'cell' },
      {
        // Large records, zoomed out: one disc per grid cell with the number of events the map shows
        // there now (the adapter recounts on every step), instead of a carpet of overlapping markers.
        id: 'events-grid-circle',
        type: 'circle',
        source: EVENTS_GRID_SOURCE,
        maxzoom: DENSE_DETAIL_ZOOM,
        paint: {
          // Sized by the square root of the count so areas compare; smaller when zoomed far out, where cells sit close.
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            6,
            ['interpolate', ['linear'], ['sqrt', cellCount], 0, 0, 1, 3, 30, 8],
            DENSE_DETAIL_ZOOM,
            ['interpolate', ['linear'], ['sqrt', cellCount], 0, 0, 1, 6, 30, 18],
          ],
          'circle-color': MAP_COLORS.grid,
          'circle-opacity': ['case', ['>', cellCount, 0], 0.8, 0],
          'circle-stroke-color': MAP_COLORS.halo,
          'circle-stroke-width': 1,
          'circle-stroke-opacity': ['case', ['>', cellCount, 0], 1, 0],
        },
      },
    ),
    tagged(
      { group: 'events' },
      {
        id: 'events-grid-count',
        type: 'symbol',
        source: EVENTS_GRID_SOURCE,
        // Numbers need room: far out the disc sizes carry the density on their own.
        minzoom: DENSE_DETAIL_ZOOM - 1.5,
        maxzoom: DENSE_DETAIL_ZOOM,
        layout: {
          'text-field': ['to-string', ['get', 'count']],
          'text-font': [FONT_BOLD],
          'text-size': 11,
          'text-allow-overlap': false,
        },
        // A label whose count changed since it was drawn hides until the labels are refreshed.
        paint: {
          'text-color': '#ffffff',
          'text-opacity': ['case', ['boolean', ['feature-state', 'stale'], false], 0, ['>', ['get', 'count'], 0], 1, 0],
        },
      },
    ),
    tagged(
      { group: 'events', marker: true },
      {
        id: 'events-halo',
        type: 'circle',
        source: EVENTS_SOURCE,
        paint: {
          'circle-radius': ['+', ['coalesce', ['get', 'radius'], 6], 7],
          'circle-color': categoryColor(),
          'circle-opacity': ['case', recent, 0.35, 0],
          'circle-blur': 0.6,
        },
      },
    ),
    tagged(
      { group: 'events', marker: true, click: 'event' },
      {
        id: 'events-circle',
        type: 'circle',
        source: EVENTS_SOURCE,
        paint: {
          'circle-radius': ['coalesce', ['get', 'radius'], 6],
          'circle-color': categoryColor(),
          'circle-opacity': ['case', shown, ['case', recent, 1, 0.7], 0],
          'circle-stroke-opacity': ['case', shown, 1, 0],
          'circle-stroke-color': ['case', selected, '#111111', imported, MAP_COLORS.imported, MAP_COLORS.halo],
          'circle-stroke-width': ['case', selected, 4, imported, 3, recent, 2, 1],
        },
      },
    ),
    tagged(
      { group: 'events', marker: true },
      {
        id: 'events-selected',
        type: 'circle',
        source: EVENTS_SOURCE,
        paint: {
          'circle-radius': ['+', ['coalesce', ['get', 'radius'], 6], 6],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ['case', ['all', selected, shown], '#ffd400', 'rgba(0,0,0,0)'],
          'circle-stroke-width': ['case', ['all', selected, shown], 3, 0],
        },
      },
    ),
  ];
}
