/**
 * Which shown events lie outside the map's view, grouped by where they are: the map's edge
 * points to each group ("12 in Bishkek"), and the count line says how many are in view. Pure.
 */
import type { PlaceInfo } from '../model/loadedData';
import { boundsContain, boundsOf, type LonLatBounds } from '../model/lonLatBounds';
import type { LocalizedText, LonLat } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';

/** Events whose pins lie this close (degrees, ~1 km) are one place for the pointers. */
const SAME_PLACE_DEG = 0.01;

export interface OffscreenGroup {
  /** A representative position (the first event's pin). */
  location: LonLat;
  /** Every pin of the group, to frame them all when the pointer is followed. */
  bounds: LonLatBounds;
  count: number;
  /** The place the group's events name at their pin, when they name one. */
  name: LocalizedText | null;
}

export interface ViewSplit {
  inView: number;
  offscreen: OffscreenGroup[];
}

/** The named place at an event's pin: the first of its places within ~1 km of the pin. */
function placeAtPin(event: TimedEvent, places: Readonly<Record<string, PlaceInfo>>): LocalizedText | null {
  let first: LocalizedText | null = null;
  for (const id of event.places) {
    const place = places[id];
    if (!place) continue;
    first ??= place.name;
    const at = place.location;
    if (at && Math.abs(at[0] - event.location[0]) <= SAME_PLACE_DEG && Math.abs(at[1] - event.location[1]) <= SAME_PLACE_DEG) {
      return place.name;
    }
  }
  return first;
}

/** Counts the events inside `bounds` and groups the others by place, most events first. */
export function splitByView(
  events: readonly TimedEvent[],
  bounds: LonLatBounds,
  places: Readonly<Record<string, PlaceInfo>>,
): ViewSplit {
  let inView = 0;
  const groups = new Map<number, { events: TimedEvent[] }>();
  for (const e of events) {
    if (boundsContain(bounds, e.location)) {
      inView++;
      continue;
    }
    // A number, not a string: this runs on every slider step over every shown event.
    const key = Math.round((e.location[0] + 180) / SAME_PLACE_DEG) * 1e5 + Math.round((e.location[1] + 90) / SAME_PLACE_DEG);
    let group = groups.get(key);
    if (!group) {
      group = { events: [] };
      groups.set(key, group);
    }
    group.events.push(e);
  }
  const offscreen: OffscreenGroup[] = [];
  for (const { events: members } of groups.values()) {
    const first = members[0] as TimedEvent;
    offscreen.push({
      location: first.location,
      bounds: boundsOf(members.map((e) => e.location)) as LonLatBounds,
      count: members.length,
      name: placeAtPin(first, places),
    });
  }
  offscreen.sort((a, b) => b.count - a.count || a.location[0] - b.location[0] || a.location[1] - b.location[1]);
  return { inView, offscreen };
}
