import type { CircleLayerSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../model/languages';
import { MAP_COLORS } from '../../model/palette';
import { labelText } from '../labelText';
import { categoryColor, cellCount, highlighted, imported, recent, selected, shown } from './expressions';
import { FONT_BOLD } from './labelFonts';
import { tagged } from './layerTags';
import { EVENT_PLACES_SOURCE, EVENTS_GRID_SOURCE, EVENTS_SOURCE, EVENTS_STACKS_SOURCE } from './sources';

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

/** Where a pin's count badge sits, up and right of the pin so the marker's colour still shows. */
const BADGE_OFFSET: [number, number] = [11, -11];

/**
 * The selected event's places, when it names several: a thin spoke from its pin to each and a ring
 * at each, in the event's colour, so an event that happened in five villages is not read as one.
 */
function selectedPlacesLayers(lang: Lang): LayerSpecification[] {
  return [
    tagged(
      { group: 'events' },
      {
        id: 'selected-places-spoke',
        type: 'line',
        source: EVENT_PLACES_SOURCE,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': categoryColor(), 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.9 },
      },
    ),
    tagged(
      { group: 'events' },
      {
        id: 'selected-places-ring',
        type: 'circle',
        source: EVENT_PLACES_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 6,
          'circle-color': MAP_COLORS.halo,
          'circle-opacity': 0.9,
          'circle-stroke-color': categoryColor(),
          'circle-stroke-width': 3,
        },
      },
    ),
    tagged(
      { group: 'events', nameLabel: true },
      {
        id: 'selected-places-label',
        type: 'symbol',
        source: EVENT_PLACES_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'text-field': labelText(lang),
          'text-font': [FONT_BOLD],
          'text-size': 12,
          'text-anchor': 'top',
          'text-offset': [0, 0.8],
          // The places of the event the reader is looking at outrank the basemap's names.
          'text-allow-overlap': true,
        },
        paint: { 'text-color': MAP_COLORS.selectedStroke, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 2 },
      },
    ),
  ];
}

/** A count on pins that several shown events share: their markers are drawn on top of one another. */
function stackLayers(): LayerSpecification[] {
  const several: ExpressionSpecification = ['>', cellCount, 1];
  return [
    tagged(
      { group: 'events', click: 'stack' },
      {
        id: 'events-stack-badge',
        type: 'circle',
        source: EVENTS_STACKS_SOURCE,
        paint: {
          'circle-radius': 8,
          'circle-translate': BADGE_OFFSET,
          'circle-color': MAP_COLORS.selectedStroke,
          'circle-opacity': ['case', several, 1, 0],
          'circle-stroke-color': MAP_COLORS.halo,
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': ['case', several, 1, 0],
        },
      },
    ),
    tagged(
      { group: 'events' },
      {
        id: 'events-stack-count',
        type: 'symbol',
        source: EVENTS_STACKS_SOURCE,
        layout: {
          'text-field': ['to-string', ['get', 'count']],
          'text-font': [FONT_BOLD],
          'text-size': 10,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: {
          'text-translate': BADGE_OFFSET,
          'text-color': MAP_COLORS.gridText,
          'text-opacity': ['case', ['boolean', ['feature-state', 'stale'], false], 0, several, 1, 0],
        },
      },
    ),
  ];
}

/** The events: counts per cell for large records, then one marker each (halo, disc, selection ring). */
export function eventLayers(lang: Lang): LayerSpecification[] {
  return [
    ...selectedPlacesLayers(lang),
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
    // The selection's ring, and the story step's events' ring: one layer (the same program), the selection first.
    marker('events-selected', {
      'circle-radius': ['+', radius, 6],
      'circle-color': MAP_COLORS.transparent,
      'circle-stroke-color': [
        'case',
        ['all', selected, shown],
        MAP_COLORS.selectedRing,
        ['all', highlighted, shown],
        MAP_COLORS.storyRing,
        MAP_COLORS.transparent,
      ],
      'circle-stroke-width': ['case', ['all', selected, shown], 3, ['all', highlighted, shown], 3, 0],
    }),
    ...stackLayers(),
  ];
}
