/**
 * The keyboard contract of a list that is one Tab stop (a "roving tabindex"): ↓/↑ the next and
 * previous entry, stopping at the ends (no wrap, so the reader hears where the list ends),
 * Home/End the first and last. Returns the entry to focus, or null for keys the list leaves alone.
 */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = index + 1;
      break;
    case 'ArrowUp':
      next = index - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return Math.min(count - 1, Math.max(0, next));
}
