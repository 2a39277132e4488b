/**
 * Where on the map's edge to point at groups of events outside the view. Pure: it works in the
 * map's pixels (given its size), so the view places the pointers with CSS and tests need no map.
 */
import { boundsOf, type LonLatBounds } from '../model/lonLatBounds';
import type { LocalizedText } from '../model/record';
import type { OffscreenGroup } from '../state/offscreen';

/**
 * Pixels kept clear at each edge: the zoom buttons (right), the credits and scale (bottom), and a
 * margin elsewhere. On the left a pointer lies over the layers panel (drawn above it) rather than
 * beside it: beside it, it would sit on the very events a fitted view frames there.
 */
export const EDGE_INSET = { top: 22, right: 60, bottom: 44, left: 14 } as const;

/**
 * A pointer's box (its text is cut to fit): two pointers whose boxes would overlap become one.
 * Narrower on a small map, where a wide pointer would cover much of it.
 */
export function pointerBox(size: MapSize): { width: number; height: number; compact: boolean } {
  return size.width < 560 ? { width: 110, height: 28, compact: true } : { width: 150, height: 30, compact: false };
}
/** Beyond this many, pointers crowd the edge; the rest still count in the line below the slider. */
export const MAX_POINTERS = 8;

export interface MapSize {
  width: number;
  height: number;
}

export interface EdgePointer {
  /** Position in the map's pixels, from its top left. */
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

/** A group's position in the map's pixels (outside the map for the groups this is asked about). */
function toPixels([west, south, east, north]: LonLatBounds, size: MapSize, [lon, lat]: [number, number]): [number, number] {
  const top = mercatorY(north);
  return [((lon - west) / (east - west)) * size.width, ((top - mercatorY(lat)) / (top - mercatorY(south))) * size.height];
}

/** Pointers for the groups (most events first), on the inset edge, merged where they would overlap. */
export function edgePointers(view: LonLatBounds, size: MapSize, groups: readonly OffscreenGroup[]): EdgePointer[] {
  const POINTER_BOX = pointerBox(size);
  const left = EDGE_INSET.left + POINTER_BOX.width / 2;
  const right = size.width - EDGE_INSET.right - POINTER_BOX.width / 2;
  const top = EDGE_INSET.top + POINTER_BOX.height / 2;
  const bottom = size.height - EDGE_INSET.bottom - POINTER_BOX.height / 2;
  if (right <= left || bottom <= top) return [];
  const cx = size.width / 2;
  const cy = size.height / 2;
  const pointers: EdgePointer[] = [];
  for (const group of groups) {
    const [px, py] = toPixels(view, size, group.location);
    const dx = px - cx;
    const dy = py - cy;
    if (dx === 0 && dy === 0) continue;
    // Along the ray from the centre to the group, to where it leaves the inset box.
    const tx = dx > 0 ? (right - cx) / dx : dx < 0 ? (left - cx) / dx : Number.POSITIVE_INFINITY;
    const ty = dy > 0 ? (bottom - cy) / dy : dy < 0 ? (top - cy) / dy : Number.POSITIVE_INFINITY;
    const t = Math.min(tx, ty);
    const x = cx + dx * t;
    const y = cy + dy * t;
    const near = pointers.find((p) => Math.abs(p.x - x) < POINTER_BOX.width && Math.abs(p.y - y) < POINTER_BOX.height);
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
