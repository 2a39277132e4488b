/** Playback speeds, in days of the record per second of playback. */
export const SPEEDS = {
  month: 365.25 / 12,
  quarter: 365.25 / 4,
  year: 365.25,
} as const;
export type Speed = keyof typeof SPEEDS;
export const SPEED_NAMES = Object.keys(SPEEDS) as Speed[];
export const DEFAULT_SPEED: Speed = 'quarter';

export function isSpeed(value: string): value is Speed {
  return (SPEED_NAMES as readonly string[]).includes(value);
}
