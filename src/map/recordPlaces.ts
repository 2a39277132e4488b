import type { FeatureCollection, Point } from 'geojson';
import type { PlaceInfo } from '../model/loadedData';
import { nameProperties } from './placeNames';

/**
 * The record's own places that have a position (the Golovnoy water intake, a residence): the data
 * of the `record-places` source. Places of the geo layers are drawn by those layers already.
 */
export function recordPlacesCollection(places: Readonly<Record<string, PlaceInfo>>): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  for (const place of Object.values(places)) {
    if (place.kind !== 'place' || !place.location) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.location },
      properties: { id: place.id, precision: place.precision ?? 'unknown', ...nameProperties(place.name) },
    });
  }
  return { type: 'FeatureCollection', features };
}
