import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import { captionEvent } from '../../../src/timeline/playCaption';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({ id: 'first', date: '1992-10', precision: 'month' }),
  makeEvent({ id: 'clash', date: '2021-04-28' }),
  makeEvent({ id: 'same-day-a', date: '2021-04-29' }),
  makeEvent({ id: 'same-day-b', date: '2021-04-29' }),
  makeEvent({ id: 'treaty', date: '2025-03-13' }),
);
const at = (iso: string) => captionEvent(events, toDayNumber(iso))?.id ?? null;

describe('captionEvent', () => {
  it('is nothing before the first event begins', () => {
    expect(at('1992-01-01')).toBeNull();
    expect(at('1992-09-30')).toBeNull();
    expect(captionEvent([], toDayNumber('2000-01-01'))).toBeNull();
  });

  it('is the latest event begun on or before the date', () => {
    expect(at('1992-10-01')).toBe('first');
    expect(at('2021-04-27')).toBe('first');
    expect(at('2021-04-28')).toBe('clash');
    expect(at('2024-12-31')).toBe('same-day-b');
    expect(at('2025-03-13')).toBe('treaty');
    expect(at('2025-12-31')).toBe('treaty');
  });

  it('takes the list as the filters leave it', () => {
    const withoutLatest = events.filter((e) => e.id !== 'treaty');
    expect(captionEvent(withoutLatest, toDayNumber('2025-12-31'))?.id).toBe('same-day-b');
  });
});
