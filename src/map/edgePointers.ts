/**
 * Where on the map's edge to point at groups of events outside the view. Pure: positions are
 * fractions of the map's width and height, so the view places them with CSS and tests need no map.
 */
import { boundsOf, type LonLatBounds } from '../model/lonLatBounds';
import type { LocalizedText } from '../model/record';
import type { OffscreenGroup } from '../state/offscreen';

/** How far in from the edge pointers sit, as a fraction of the map's size. */
const INSET = 0.06;
/** Pointers closer than this (fraction of the map) would overlap: the smaller joins the larger. */
const MERGE_DISTANCE = 0.12;
/** Beyond this many, pointers crowd the edge; the rest still count in the line below the slider. */
export const MAX_POINTERS = 8;

export interface EdgePointer {
  /** Fractions of the map's width and height, 0 at the top left. */
  x: number;
  y: number;
  /** Direction of the group from the map's centre, in degrees clockwise from east (screen axes). */
  angle: number;
  count: number;
  /** The largest group's place, and how many more events lie the same way elsewhere. */
  name: LocalizedText | null;
  others: number;
  /** Every event the pointer stands for, to frame them when it is followed. */
  bounds: LonLatBounds;
}

function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** A group's position relative to the view: 0..1 inside, beyond that outside (screen axes). */
function relative([west, south, east, north]: LonLatBounds, [lon, lat]: [number, number]): [number, number] {
  const top = mercatorY(north);
  return [(lon - west) / (east - west), (top - mercatorY(lat)) / (top - mercatorY(south))];
}

/** Pointers for the groups (most events first), merged where they would overlap. */
export function edgePointers(view: LonLatBounds, groups: readonly OffscreenGroup[]): EdgePointer[] {
  const pointers: EdgePointer[] = [];
  const half = 0.5 - INSET;
  for (const group of groups) {
    const [rx, ry] = relative(view, group.location);
    const dx = rx - 0.5;
    const dy = ry - 0.5;
    if (dx === 0 && dy === 0) continue;
    const t = Math.min(
      dx === 0 ? Number.POSITIVE_INFINITY : half / Math.abs(dx),
      dy === 0 ? Number.POSITIVE_INFINITY : half / Math.abs(dy),
    );
    const x = 0.5 + dx * t;
    const y = 0.5 + dy * t;
    const near = pointers.find((p) => Math.hypot(p.x - x, p.y - y) < MERGE_DISTANCE);
    if (near) {
      near.count += group.count;
      near.others += group.count;
      near.bounds = boundsOf([
        [near.bounds[0], near.bounds[1]],
        [near.bounds[2], near.bounds[3]],
        [group.bounds[0], group.bounds[1]],
        [group.bounds[2], group.bounds[3]],
      ]) as LonLatBounds;
      continue;
    }
    if (pointers.length >= MAX_POINTERS) continue;
    pointers.push({
      x,
      y,
      angle: (Math.atan2(dy, dx) * 180) / Math.PI,
      count: group.count,
      name: group.name,
      others: 0,
      bounds: group.bounds,
    });
  }
  return pointers;
}
