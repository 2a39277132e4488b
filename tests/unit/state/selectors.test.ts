import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/data/eventInterval';
import {
  adjacentEvent,
  checkpointStatusesAt,
  isRecent,
  neighbourEventDay,
  revealedCount,
  statusAt,
  timeExtent,
  visibleEvents,
  visibleEventsNewestFirst,
} from '../../../src/state/selectors';
import { makeEvent, timed } from '../../helpers/makeEvent';

const d = toDayNumber;
const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', category: 'clash' }),
  makeEvent({ id: 'shepherds-2024', date: '2024-05', precision: 'month' }),
  makeEvent({ id: 'archive-2023', date: '2023', precision: 'year' }),
  makeEvent({ id: 'visit-1993', date: '1993-01', precision: 'month', category: 'visit' }),
);

describe('visibleEvents (cumulative)', () => {
  it('sorts by start once, so selectors can binary-search', () => {
    expect(events.map((e) => e.id)).toEqual(['visit-1993', 'clash-2021', 'archive-2023', 'shepherds-2024']);
  });

  it('hides a day-precision event the day before and shows it on the day', () => {
    expect(visibleEvents(events, d('2021-04-27')).map((e) => e.id)).not.toContain('clash-2021');
    expect(visibleEvents(events, d('2021-04-28')).map((e) => e.id)).toContain('clash-2021');
  });

  it('reveals a month-precision event on the first of its month, not before', () => {
    expect(visibleEvents(events, d('2024-04-30')).map((e) => e.id)).not.toContain('shepherds-2024');
    expect(visibleEvents(events, d('2024-05-01')).map((e) => e.id)).toContain('shepherds-2024');
  });

  it('reveals a year-precision event on 1 January', () => {
    expect(revealedCount(events, d('2022-12-31'))).toBe(2);
    expect(revealedCount(events, d('2023-01-01'))).toBe(3);
  });

  it('keeps revealed events visible later (cumulative) and lists newest first', () => {
    expect(visibleEventsNewestFirst(events, d('2025-01-01')).map((e) => e.id)).toEqual([
      'shepherds-2024',
      'archive-2023',
      'clash-2021',
      'visit-1993',
    ]);
    expect(visibleEvents(events, d('1992-12-31'))).toEqual([]);
  });

  it('emphasises events revealed within the last 30 days only', () => {
    const clash = events[1];
    if (!clash) throw new Error('fixture');
    expect(isRecent(clash, d('2021-04-28'))).toBe(true);
    expect(isRecent(clash, d('2021-05-27'))).toBe(true);
    expect(isRecent(clash, d('2021-05-28'))).toBe(false);
    expect(isRecent(clash, d('2021-04-27'))).toBe(false);
  });
});

describe('timeline navigation', () => {
  it('spans whole years from the first event to the last', () => {
    const extent = timeExtent(events, toDayNumber, fromDayNumber);
    expect(fromDayNumber(extent.min)).toBe('1993-01-01');
    expect(fromDayNumber(extent.max)).toBe('2024-12-31');
  });

  it('finds the next and previous event start strictly beyond the date', () => {
    expect(neighbourEventDay(events, d('2021-04-28'), 1)).toBe(d('2023-01-01'));
    expect(neighbourEventDay(events, d('2021-04-28'), -1)).toBe(d('1993-01-01'));
    expect(neighbourEventDay(events, d('2021-04-29'), -1)).toBe(d('2021-04-28'));
    expect(neighbourEventDay(events, d('2024-05-01'), 1)).toBeNull();
    expect(neighbourEventDay(events, d('1993-01-01'), -1)).toBeNull();
  });

  it('gives chronological neighbours of an event', () => {
    expect(adjacentEvent(events, 'clash-2021', 1)?.id).toBe('archive-2023');
    expect(adjacentEvent(events, 'clash-2021', -1)?.id).toBe('visit-1993');
    expect(adjacentEvent(events, 'visit-1993', -1)).toBeNull();
    expect(adjacentEvent(events, 'nope', 1)).toBeNull();
  });
});

describe('lasting states', () => {
  const intervals = [
    { status: 'open' as const, from: '2014-03-31', to: '2021-04-29', sources: ['s'] },
    { status: 'closed' as const, from: '2021-04-29', to: '2025-03-13', sources: ['s'] },
    { status: 'open' as const, from: '2025-03-13', sources: ['s'] },
  ];

  it('reads the status at a day with half-open intervals', () => {
    expect(statusAt(intervals, d('2021-04-28'), toDayNumber)).toBe('open');
    expect(statusAt(intervals, d('2021-04-29'), toDayNumber)).toBe('closed');
    expect(statusAt(intervals, d('2025-03-12'), toDayNumber)).toBe('closed');
    expect(statusAt(intervals, d('2025-03-13'), toDayNumber)).toBe('open');
    expect(statusAt(intervals, d('2030-01-01'), toDayNumber)).toBe('open');
    expect(statusAt(intervals, d('2000-01-01'), toDayNumber)).toBe('unknown');
    expect(statusAt(undefined, d('2000-01-01'), toDayNumber)).toBe('unknown');
  });

  it('maps every checkpoint to its status', () => {
    expect(checkpointStatusesAt({ a: intervals, b: [] }, d('2022-01-01'), toDayNumber)).toEqual({ a: 'closed', b: 'unknown' });
  });
});
