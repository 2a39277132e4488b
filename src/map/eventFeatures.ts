import type { FeatureCollection, Point } from 'geojson';
import { eventFeature } from '../model/eventFeature';
import { severity, type TimedEvent } from '../model/timedEvent';

export interface EventFeatureProps {
  id: string;
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
 * The events source's data, built once per filtered record: the date only changes feature-state
 * (timeVisibility.ts), so scrubbing never re-sends the features. Only what a layer reads is kept.
 */
export function eventsToFeatureCollection(events: readonly TimedEvent[]): FeatureCollection<Point, EventFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) =>
      eventFeature(e, { id: e.id, category: e.category, radius: markerRadius(severity(e)), imported: e.imported ? 1 : 0 }),
    ),
  };
}
