import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/i18n/messages.en';
import { translate } from '../../../src/i18n/translate';
import { toDayNumber } from '../../../src/model/days';
import { announcementText, markerAnnouncement, revealedBetween } from '../../../src/timeline/announcements';
import { makeEvent, timed } from '../../helpers/makeEvent';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const events = timed(
  makeEvent({ id: 'a', date: '2021-04-28', title: { en: 'Clash at the intake' } }),
  makeEvent({ id: 'b', date: '2024-05', precision: 'month', title: { en: 'Shepherds clash' } }),
  makeEvent({ id: 'c', date: '2024-06-01' }),
  makeEvent({ id: 'd', date: '2024-06-02' }),
  makeEvent({ id: 'e', date: '2024-06-03' }),
);

describe('announcements', () => {
  it('name what moving forward revealed, and nothing when moving back', () => {
    expect(revealedBetween(events, toDayNumber('2021-04-27'), toDayNumber('2024-05-01')).map((e) => e.id)).toEqual(['a', 'b']);
    expect(revealedBetween(events, toDayNumber('2024-05-01'), toDayNumber('2021-01-01'))).toEqual([]);
  });

  it('say the title with its date at its true precision', () => {
    const [, b] = events;
    expect(announcementText(t, b ? [b] : [], toDayNumber('2024-05-01'))).toBe('New on the map: Shepherds clash (May 2024)');
  });

  it('summarise many events as a count rather than reading them all out', () => {
    expect(announcementText(t, events.slice(1), toDayNumber('2024-06-03'))).toBe('4 events revealed, up to 3 June 2024');
    expect(announcementText(t, [], 0)).toBe('');
  });
});

describe('markerAnnouncement', () => {
  it('names the marker the keyboard lands on by title and dates, in the interface language', () => {
    const [, b] = events;
    if (!b) throw new Error('fixture');
    expect(markerAnnouncement(t, b)).toBe('Map marker: Shepherds clash, May 2024');
    const [lasting] = timed(
      makeEvent({ id: 'x', date: '2021-04-28', end: '2021-05-01', title: { en: 'Closure', ru: 'Закрытие' } }),
    );
    if (!lasting) throw new Error('fixture');
    const ru = (key: MessageKey, params?: Record<string, string | number>) => translate('ru', key, params);
    expect(markerAnnouncement(ru, lasting, 'ru')).toBe('Маркер на карте: Закрытие, 28 апреля 2021 г. – 1 мая 2021 г.');
  });
});
