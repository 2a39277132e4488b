import type { Lang } from '../model/languages';
import type { TimedEvent } from '../model/timedEvent';
import type { TimeView } from '../model/timeMode';

/** A briefing as the screen stood when printing was asked for: it does not follow later changes. */
export interface PreparedBriefing {
  /** The view's link and language: a print that finds the same key reuses this briefing. */
  key: string;
  lang: Lang;
  view: TimeView;
  /** The events the printed map shows (shown at the date, within the map's view), chronological. */
  events: readonly TimedEvent[];
  /** How many events are shown at the date with these filters, in view or beyond the map's edges. */
  shownCount: number;
  /** The permanent link to the view. */
  link: string;
  /** The ready citation of the view. */
  citation: string;
  /** The map with its title, date, key, scale and credits; null when it could not be made. */
  image: HTMLCanvasElement | HTMLImageElement | null;
  imageError: string | null;
}

type Listener = () => void;

let current: PreparedBriefing | null = null;
const listeners = new Set<Listener>();

function release(briefing: PreparedBriefing | null): void {
  const image = briefing?.image;
  if (image instanceof HTMLImageElement && image.src.startsWith('blob:')) URL.revokeObjectURL(image.src);
}

/**
 * The one briefing waiting to be printed, shared by the Share panel's button (which prepares it)
 * and PrintBriefing (which renders it): outside the app's store, because nothing else reads it and
 * it holds DOM elements.
 */
export const briefingStore = {
  get(): PreparedBriefing | null {
    return current;
  },
  set(next: PreparedBriefing | null): void {
    if (next === current) return;
    if (current?.image !== next?.image) release(current);
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
