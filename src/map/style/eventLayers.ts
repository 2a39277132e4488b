import type { CircleLayerSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../../model/palette';
import { categoryColor, cellCount, imported, recent, selected, shown } from './expressions';
import { FONT_BOLD } from './fontFaces';
import { tagged } from './layerTags';
import { EVENTS_GRID_SOURCE, EVENTS_SOURCE } from './sources';

/** For large records, individual markers are drawn from this zoom on; below it, counts per grid cell. */
export const DENSE_DETAIL_ZOOM = 9;

/** A marker's size in pixels, from its severity (eventFeatures.ts). */
const radius: ExpressionSpecification = ['coalesce', ['get', 'radius'], 6];

/** One of the three circles drawn per event; `clickable` on the one a click selects by. */
function marker(id: string, paint: CircleLayerSpecification['paint'], clickable = false): CircleLayerSpecification {
  return tagged(
    { group: 'events', marker: true, ...(clickable ? { click: 'event' as const } : {}) },
    { id, type: 'circle', source: EVENTS_SOURCE, paint },
  );
}

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
          'text-color': MAP_COLORS.gridText,
          'text-opacity': ['case', ['boolean', ['feature-state', 'stale'], false], 0, ['>', ['get', 'count'], 0], 1, 0],
        },
      },
    ),
    marker('events-halo', {
      'circle-radius': ['+', radius, 7],
      'circle-color': categoryColor(),
      'circle-opacity': ['case', recent, 0.35, 0],
      'circle-blur': 0.6,
    }),
    marker(
      'events-circle',
      {
        'circle-radius': radius,
        'circle-color': categoryColor(),
        'circle-opacity': ['case', shown, ['case', recent, 1, 0.7], 0],
        'circle-stroke-opacity': ['case', shown, 1, 0],
        'circle-stroke-color': ['case', selected, MAP_COLORS.selectedStroke, imported, MAP_COLORS.imported, MAP_COLORS.halo],
        'circle-stroke-width': ['case', selected, 4, imported, 3, recent, 2, 1],
      },
      true,
    ),
    marker('events-selected', {
      'circle-radius': ['+', radius, 6],
      'circle-color': MAP_COLORS.transparent,
      'circle-stroke-color': ['case', ['all', selected, shown], MAP_COLORS.selectedRing, MAP_COLORS.transparent],
      'circle-stroke-width': ['case', ['all', selected, shown], 3, 0],
    }),
  ];
}
