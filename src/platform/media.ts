/** Whether a media query matches now; false where the browser (or a test DOM) cannot tell. */
export function matchesMedia(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** The reader asked the system for less motion: playback steps and the camera jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return matchesMedia('(prefers-reduced-motion: reduce)');
}
