import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../model/languages';
import { localized } from '../model/localized';
import type { TimedEvent } from '../model/timedEvent';
import { revealedCount } from '../state/eventQueries';

/** Screen readers get at most one announcement in this interval; what happens meanwhile is gathered into it. */
export const ANNOUNCE_INTERVAL_MS = 1500;
/** Up to this many events are named one by one; more are summarised as a count. */
const NAMED_AT_MOST = 3;

/** Events (chronological) whose interval begins after `fromDay` and by `toDay`: what moving forward revealed. */
export function revealedBetween(events: readonly TimedEvent[], fromDay: number, toDay: number): TimedEvent[] {
  if (toDay <= fromDay) return [];
  return events.slice(revealedCount(events, fromDay), revealedCount(events, toDay));
}

export function announcementText(t: Translate, revealed: readonly TimedEvent[], day: number, lang: Lang = 'en'): string {
  if (revealed.length === 0) return '';
  if (revealed.length > NAMED_AT_MOST) return t('announce.many', { count: revealed.length, date: formatDay(day, lang) });
  const items = revealed.map((e) => `${localized(e.title, lang)} (${formatPrecisionDate(e.date, e.precision, lang)})`);
  return t(revealed.length === 1 ? 'announce.one' : 'announce.some', { events: items.join('; ') });
}

/** What the live region says when the map's keyboard focus lands on a marker: its title and dates, as its label shows them. */
export function markerAnnouncement(t: Translate, event: TimedEvent, lang: Lang = 'en'): string {
  const start = formatPrecisionDate(event.date, event.precision, lang);
  const date = event.end ? `${start} – ${formatPrecisionDate(event.end, 'day', lang)}` : start;
  return t('announce.marker', { title: localized(event.title, lang), date });
}
