import type { BorderEvent } from './record';

/** An event as a GeoJSON point feature (RFC 7946), keyed by the event's id. */
export interface EventPointFeature<P> {
  type: 'Feature';
  id: string;
  /** Longitude first, WGS 84 (RFC 7946 §3.1.1). */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

/** The map's source and the GeoJSON download differ only in the properties they carry. */
export function eventFeature<P>(event: BorderEvent, properties: P): EventPointFeature<P> {
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [event.location[0], event.location[1]] },
    properties,
  };
}
