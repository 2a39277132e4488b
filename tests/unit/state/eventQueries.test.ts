import { describe, expect, it } from 'vitest';
import { checkpointStatusesOn, statusLanes, statusOn, statusSegments } from '../../../src/model/crossingStatus';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import { timeExtent } from '../../../src/model/timedEvent';
import { adjacentEvent, isRecent, neighbourEventDay, newestInMode, revealedCount } from '../../../src/state/eventQueries';
import { makeEvent, timed } from '../../helpers/makeEvent';

const d = toDayNumber;
const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', category: 'clash' }),
  makeEvent({ id: 'shepherds-2024', date: '2024-05', precision: 'month' }),
  makeEvent({ id: 'archive-2023', date: '2023', precision: 'year' }),
  makeEvent({ id: 'visit-1993', date: '1993-01', precision: 'month', category: 'visit' }),
);

const visibleEvents = (list: typeof events, day: number) => list.slice(0, revealedCount(list, day));

describe('revealed events (cumulative)', () => {
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
    expect(newestInMode(events, { day: d('2025-01-01'), mode: 'cumulative', windowMonths: 12 }, 10).map((e) => e.id)).toEqual([
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
    const extent = timeExtent(events);
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

  const segments = statusSegments(intervals);

  it('reads the status at a day with half-open intervals', () => {
    expect(statusOn(segments, d('2021-04-28'))).toBe('open');
    expect(statusOn(segments, d('2021-04-29'))).toBe('closed');
    expect(statusOn(segments, d('2025-03-12'))).toBe('closed');
    expect(statusOn(segments, d('2025-03-13'))).toBe('open');
    expect(statusOn(segments, d('2030-01-01'))).toBe('open');
    expect(statusOn(segments, d('2000-01-01'))).toBe('unknown');
    expect(statusOn(statusSegments([]), d('2000-01-01'))).toBe('unknown');
  });

  it('covers every day: undocumented gaps are unknown segments, never a hole', () => {
    const gappy = statusSegments([
      { status: 'closed', from: '2021-01-01', to: '2021-02-01', sources: ['a'] },
      { status: 'open', from: '2021-03-01', to: '2021-04-01', sources: ['b'] },
    ]);
    expect(gappy.map((s) => s.status)).toEqual(['unknown', 'closed', 'unknown', 'open', 'unknown']);
    for (let i = 1; i < gappy.length; i++) expect(gappy[i]?.from).toBe(gappy[i - 1]?.to);
    expect(gappy[1]?.source).toBe('a');
    expect(gappy[2]?.source).toBeUndefined();
    expect(statusOn(gappy, d('2021-02-15'))).toBe('unknown');
  });

  it('lets the earlier of two overlapping intervals keep its days', () => {
    const overlapping = statusSegments([
      { status: 'open', from: '2021-01-01', to: '2021-03-01', sources: ['a'] },
      { status: 'closed', from: '2021-02-01', to: '2021-04-01', sources: ['b'] },
    ]);
    expect(statusOn(overlapping, d('2021-02-15'))).toBe('open');
    expect(statusOn(overlapping, d('2021-03-15'))).toBe('closed');
  });

  it('maps every checkpoint to its status, the border lane first', () => {
    const lanes = statusLanes([], { a: intervals, b: [] });
    expect(lanes.map((l) => `${l.kind}:${l.id}`)).toEqual(['border:border', 'checkpoint:a', 'checkpoint:b']);
    expect(checkpointStatusesOn(lanes, d('2022-01-01'))).toEqual({ a: 'closed', b: 'unknown' });
  });
});
