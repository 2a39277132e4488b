import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import { eventDay, isShownAt, isWithinEvent, revealDay } from '../../../src/model/revealDay';
import { TIME_MODES, type TimeView, WINDOW_MONTHS } from '../../../src/model/timeMode';

const d = toDayNumber;
// The September 2022 fighting as the record dates it: 14 September to 17 September inclusive.
const war = { startDay: d('2022-09-14'), endDay: d('2022-09-18') };
const oneDay = { startDay: d('2021-04-28'), endDay: d('2021-04-29') };
const extent = { min: d('2020-01-01'), max: d('2025-12-31') };
const at = (iso: string, mode: TimeView['mode'] = 'cumulative', windowMonths = 12): TimeView => ({
  day: d(iso),
  mode,
  windowMonths,
});

describe('eventDay', () => {
  it("is an episode's last day, and a one-day event's own day", () => {
    expect(eventDay(war, extent)).toBe(d('2022-09-17'));
    expect(eventDay(oneDay, extent)).toBe(d('2021-04-28'));
  });

  it('stays within the slider', () => {
    expect(eventDay({ startDay: d('2025-12-01'), endDay: d('2026-02-01') }, extent)).toBe(extent.max);
  });

  it('shows the event in every mode and window', () => {
    for (const mode of TIME_MODES)
      for (const windowMonths of WINDOW_MONTHS)
        for (const e of [war, oneDay]) expect(isShownAt(e, { day: eventDay(e, extent), mode, windowMonths })).toBe(true);
  });
});

describe('isShownAt', () => {
  it('follows the mode: cumulative keeps past events, a window drops those ended before it', () => {
    expect(isShownAt(war, at('2022-09-13'))).toBe(false);
    expect(isShownAt(war, at('2025-12-31'))).toBe(true);
    expect(isShownAt(war, at('2025-12-31', 'window', 12))).toBe(false);
    expect(isShownAt(war, at('2023-09-01', 'window', 12))).toBe(true);
    expect(isShownAt(war, at('2022-09-18', 'instant'))).toBe(false);
  });
});

describe('revealDay', () => {
  it('goTo moves a date outside the event to its last day, before or after it', () => {
    expect(revealDay(war, at('2025-12-31'), extent, 'goTo')).toBe(d('2022-09-17'));
    expect(revealDay(war, at('2020-06-01'), extent, 'goTo')).toBe(d('2022-09-17'));
  });

  it('goTo keeps a date already within the episode', () => {
    expect(isWithinEvent(war, d('2022-09-15'))).toBe(true);
    expect(revealDay(war, at('2022-09-15'), extent, 'goTo')).toBe(d('2022-09-15'));
  });

  it('keepIfShown keeps a date that shows the event and moves one that hides it', () => {
    expect(revealDay(war, at('2025-12-31'), extent, 'keepIfShown')).toBe(d('2025-12-31'));
    expect(revealDay(war, at('2022-01-01'), extent, 'keepIfShown')).toBe(d('2022-09-17'));
    expect(revealDay(war, at('2025-12-31', 'window', 12), extent, 'keepIfShown')).toBe(d('2022-09-17'));
  });
});
