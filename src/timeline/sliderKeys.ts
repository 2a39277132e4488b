import { addMonths } from '../model/days';

/**
 * The slider's keyboard contract: ←/→ (and ↓/↑) one day, PageDown/PageUp one month, Home/End the
 * ends. Returns the new day, or null for keys the slider does not handle.
 */
export function dayForKey(key: string, day: number, extent: { min: number; max: number }): number | null {
  let next: number;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = day - 1;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = day + 1;
      break;
    case 'PageDown':
      next = addMonths(day, -1);
      break;
    case 'PageUp':
      next = addMonths(day, 1);
      break;
    case 'Home':
      next = extent.min;
      break;
    case 'End':
      next = extent.max;
      break;
    default:
      return null;
  }
  return Math.min(extent.max, Math.max(extent.min, next));
}
