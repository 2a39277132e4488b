import { formatPrecisionDate } from '../i18n/formatDate';
import type { Lang } from '../model/languages';
import { localized } from '../model/localized';
import type { LonLat } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';

/** What the map writes beside a pointed-at marker. */
export interface HoverText {
  location: LonLat;
  title: string;
  date: string;
}

/** The label's text for an event, in the interface language; its date as precise as the record's. */
export function hoverText(event: TimedEvent | null, lang: Lang): HoverText | null {
  if (!event) return null;
  const start = formatPrecisionDate(event.date, event.precision, lang);
  const date = event.end ? `${start} – ${formatPrecisionDate(event.end, 'day', lang)}` : start;
  return { location: event.location, title: localized(event.title, lang), date };
}

/** Where the label is drawn: a MapLibre popup in the app, a fake in tests. */
export interface HoverSurface {
  show(text: HoverText): void;
  hide(): void;
}
