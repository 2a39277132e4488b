import { describe, expect, it } from 'vitest';
import { addMonths, toDayNumber } from '../../../src/model/days';
import { endBound, NO_LOWER_BOUND, type TimeMode } from '../../../src/model/timeMode';
import { countInMode, eventsInMode, newestInMode } from '../../../src/state/eventQueries';
import { makeEvent, timed } from '../../helpers/makeEvent';

const d = toDayNumber;
const events = timed(
  makeEvent({ id: 'old', date: '2019-09-17' }),
  makeEvent({ id: 'month', date: '2024-05', precision: 'month' }),
  makeEvent({ id: 'long', date: '2021-04-01', end: '2025-03-13' }),
  makeEvent({ id: 'day', date: '2024-05-20' }),
);
const at = (day: string, mode: TimeMode, windowMonths = 12) => ({ day: d(day), mode, windowMonths });
const ids = (day: string, mode: TimeMode, months = 12) => eventsInMode(events, at(day, mode, months)).map((e) => e.id);

describe('time modes', () => {
  it('cumulative shows everything begun by the date', () => {
    expect(ids('2024-05-01', 'cumulative')).toEqual(['old', 'long', 'month']);
    expect(endBound(at('2024-05-01', 'cumulative'))).toBe(NO_LOWER_BOUND);
  });

  it('instant shows what the date falls inside: a month-precision event all month, a day event on its day', () => {
    expect(ids('2024-05-31', 'instant')).toEqual(['long', 'month']);
    expect(ids('2024-05-20', 'instant')).toEqual(['long', 'month', 'day']);
    expect(ids('2024-06-01', 'instant')).toEqual(['long']);
  });

  it('window shows what was under way in the last N months', () => {
    expect(ids('2024-09-01', 'window', 3)).toEqual(['long']);
    expect(ids('2024-08-19', 'window', 3)).toEqual(['long', 'month', 'day']);
    expect(ids('2020-09-01', 'window', 12)).toEqual(['old']);
    expect(ids('2020-09-18', 'window', 12)).toEqual([]);
  });

  it('counts and lists the newest shown events without building the whole list', () => {
    for (const mode of ['cumulative', 'window', 'instant'] as const) {
      for (const day of ['2019-09-17', '2024-05-20', '2024-09-01', '2026-01-01']) {
        const all = eventsInMode(events, at(day, mode, 3));
        expect(countInMode(events, at(day, mode, 3))).toBe(all.length);
        expect(newestInMode(events, at(day, mode, 3), 2).map((e) => e.id)).toEqual(
          all
            .reverse()
            .slice(0, 2)
            .map((e) => e.id),
        );
      }
    }
  });

  it('steps calendar months back and forth, clamping to shorter months and leap years', () => {
    expect(addMonths(d('2025-03-31'), -1)).toBe(d('2025-02-28'));
    expect(addMonths(d('2024-03-31'), -1)).toBe(d('2024-02-29'));
    expect(addMonths(d('2025-01-15'), -12)).toBe(d('2024-01-15'));
    expect(addMonths(d('2025-01-15'), -1)).toBe(d('2024-12-15'));
    expect(addMonths(d('2024-12-15'), 1)).toBe(d('2025-01-15'));
    expect(addMonths(d('2024-01-31'), 1)).toBe(d('2024-02-29'));
  });
});
