/**
 * Which map marker an arrow key leads to when the map has the keyboard focus. Pure.
 *
 * Arrows step through the markers in a fixed order along their axis rather than jumping to the
 * "nearest marker in that direction": a nearest-neighbour walk can leave markers no arrow ever
 * reaches (and cannot separate events stacked on one pin), while a sorted walk visits every one.
 * ←/→ go west to east, ↑/↓ south to north; past the last marker the walk wraps to the first, so
 * holding one arrow cycles through everything in view.
 */
import { boundsContain, type LonLatBounds } from '../model/lonLatBounds';
import type { TimedEvent } from '../model/timedEvent';

export type MarkerStep = 'west' | 'east' | 'south' | 'north';

/** The step an arrow key asks for, or null for any other key. */
export function markerStepForKey(key: string): MarkerStep | null {
  switch (key) {
    case 'ArrowLeft':
      return 'west';
    case 'ArrowRight':
      return 'east';
    case 'ArrowDown':
      return 'south';
    case 'ArrowUp':
      return 'north';
    default:
      return null;
  }
}

/** The markers a step may land on: the shown events inside the map's view (all of them before the map reports one). */
export function markersInView(shown: readonly TimedEvent[], bounds: LonLatBounds | null): TimedEvent[] {
  return bounds ? shown.filter((e) => boundsContain(bounds, e.location)) : [...shown];
}

/**
 * West-to-east order (north first on one meridian), or south-to-north (west first on one
 * parallel); the id last, so events sharing a pin each get their turn.
 */
function compareAlong(axis: 'x' | 'y', a: TimedEvent, b: TimedEvent): number {
  const [ax, ay] = a.location;
  const [bx, by] = b.location;
  const primary = axis === 'x' ? ax - bx || by - ay : ay - by || ax - bx;
  return primary || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The id of the marker one step from `currentId` in the direction asked, or null when there are
 * no markers. From no marker (or one no longer among them) the walk starts at the far end:
 * → at the westernmost, ← at the easternmost, ↑ at the southernmost, ↓ at the northernmost.
 * One pass over the markers, no sort: a key press costs the same as reading them once.
 */
export function stepMarker(markers: readonly TimedEvent[], currentId: string | null, step: MarkerStep): string | null {
  const axis = step === 'west' || step === 'east' ? 'x' : 'y';
  // Forward is east or north; west and south walk the same order backwards.
  const sign = step === 'east' || step === 'north' ? 1 : -1;
  const current = currentId === null ? undefined : markers.find((e) => e.id === currentId);
  let next: TimedEvent | undefined;
  let first: TimedEvent | undefined;
  for (const e of markers) {
    if (!first || sign * compareAlong(axis, e, first) < 0) first = e;
    if (current && sign * compareAlong(axis, e, current) > 0 && (!next || sign * compareAlong(axis, e, next) < 0)) next = e;
  }
  return (next ?? first)?.id ?? null;
}
