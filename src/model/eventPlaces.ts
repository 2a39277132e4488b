import type { PlaceInfo } from './loadedData';
import { boundsOf, type LonLatBounds } from './lonLatBounds';
import type { BorderEvent, LonLat } from './record';

/** Places closer than this (degrees, ~100 m) to the pin are the pin itself, not another place. */
const AT_PIN_DEG = 0.001;

export interface LocatedPlace {
  id: string;
  place: PlaceInfo;
  location: LonLat;
}

/**
 * The event's places that have a position and lie away from its pin: where else it happened. The
 * map marks them when the event is selected and "Zoom to" frames them with the pin.
 */
export function otherPlaces(
  event: Pick<BorderEvent, 'places' | 'location'>,
  places: Readonly<Record<string, PlaceInfo>>,
): LocatedPlace[] {
  const out: LocatedPlace[] = [];
  const seen = new Set<string>();
  for (const id of event.places) {
    const place = places[id];
    const at = place?.location;
    if (!place || !at || seen.has(id)) continue;
    seen.add(id);
    if (Math.abs(at[0] - event.location[0]) < AT_PIN_DEG && Math.abs(at[1] - event.location[1]) < AT_PIN_DEG) continue;
    out.push({ id, place, location: at });
  }
  return out;
}

/** The box around everything the event covers: its pin and its other places. */
export function footprintBounds(
  event: Pick<BorderEvent, 'places' | 'location'>,
  places: Readonly<Record<string, PlaceInfo>>,
): LonLatBounds {
  // Never null: the pin is always in the list.
  return boundsOf([event.location, ...otherPlaces(event, places).map((p) => p.location)]) as LonLatBounds;
}
