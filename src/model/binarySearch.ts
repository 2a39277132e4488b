/**
 * The one binary search: the first index in [0, length) for which `before(i)` is false, given
 * that `before` is true for a prefix and false after it. Every sorted lookup in the app (events
 * revealed by a day, counts at a day, the next event start) is this with a different predicate.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values of an ascending array are <= x. */
export function countAtMost(sorted: ArrayLike<number>, x: number): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as number) <= x);
}
