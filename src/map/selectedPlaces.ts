import type { FeatureCollection, LineString, Point } from 'geojson';
import { otherPlaces } from '../model/eventPlaces';
import type { PlaceInfo } from '../model/loadedData';
import type { TimedEvent } from '../model/timedEvent';
import { nameProperties } from './placeNames';

export interface SelectedPlaceProps {
  id: string;
  category: string;
  [name: `name_${string}`]: string;
}

/**
 * The selected event's other places as rings, and spokes from its pin to each: the data of the
 * `event-places` source. Empty when nothing is selected or the event names one place.
 */
export function selectedPlacesCollection(
  event: TimedEvent | null,
  places: Readonly<Record<string, PlaceInfo>>,
): FeatureCollection<Point | LineString, SelectedPlaceProps> {
  if (!event) return { type: 'FeatureCollection', features: [] };
  const features: FeatureCollection<Point | LineString, SelectedPlaceProps>['features'] = [];
  for (const { id, place, location } of otherPlaces(event, places)) {
    const properties: SelectedPlaceProps = { id, category: event.category, ...nameProperties(place.name) };
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [event.location, location] }, properties });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: location }, properties });
  }
  return { type: 'FeatureCollection', features };
}
