import type { FeatureCollection, Point } from 'geojson';
import { severity } from '../state/selectors';
import type { TimedEvent } from '../state/timedEvent';

export interface EventFeatureProps {
  id: string;
  start: number;
  end: number;
  category: string;
  radius: number;
  /** 1 for an event the person imported (drawn with its own ring), else 0. */
  imported: 0 | 1;
}

/** Marker radius in pixels: a floor for events without figures, growing with the square root of severity. */
export function markerRadius(severityValue: number): number {
  return Math.min(18, 6 + Math.sqrt(Math.max(0, severityValue)) * 0.9);
}

/**
 * The events source's data. It is built once per dataset: time filtering then happens in the
 * style (a numeric `start` compared with global state), so scrubbing never re-sends the features.
 */
export function eventsToFeatureCollection(events: readonly TimedEvent[]): FeatureCollection<Point, EventFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [e.location[0], e.location[1]] },
      properties: {
        id: e.id,
        start: e.startDay,
        end: e.endDay,
        category: e.category,
        radius: markerRadius(severity(e)),
        imported: e.imported ? 1 : 0,
      },
    })),
  };
}
