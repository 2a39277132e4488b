import { fromDayNumber, toDayNumber } from '../model/days';

/** The same day `months` later (or earlier), clamped to the target month's length. */
export function addMonths(day: number, months: number): number {
  const [y = 1970, m = 1, d = 1] = fromDayNumber(day).split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const iso = `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return toDayNumber(iso);
}

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
