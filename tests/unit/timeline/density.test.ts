import { describe, expect, it } from 'vitest';
import { type StatusLane, statusLanes } from '../../../src/model/crossingStatus';
import type { DayExtent } from '../../../src/model/days';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import type { StateInterval } from '../../../src/model/record';
import { binByMonth, dayForBin, lanesWithin, type MonthBin, ticksFor } from '../../../src/timeline/density';

/** The lanes as the strip draws them: computed once for the record, then cut to the extent. */
const stateLanes = (border: StateInterval[], checkpoints: Record<string, StateInterval[]>, extent: DayExtent): StatusLane[] =>
  lanesWithin(statusLanes(border, checkpoints), extent);

import { makeEvent, timed } from '../../helpers/makeEvent';

const d = toDayNumber;
const year2021 = { min: d('2021-01-01'), max: d('2021-12-31') };

function bin(bins: readonly MonthBin[], month: string): MonthBin {
  const found = bins.find((b) => b.month === month);
  if (!found) throw new Error(`no bin ${month}`);
  return found;
}

function interval(status: StateInterval['status'], from: string, to?: string, source = 'src-a'): StateInterval {
  return to === undefined ? { status, from, sources: [source] } : { status, from, to, sources: [source] };
}

describe('binByMonth', () => {
  it('makes one bin per calendar month, contiguous from extent.min to extent.max', () => {
    const { bins } = binByMonth([], year2021);
    expect(bins.map((b) => b.month)).toEqual([
      '2021-01',
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    expect(bins[0]?.start).toBe(year2021.min);
    expect(bins.at(-1)?.end).toBe(year2021.max + 1);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.start).toBe(bins[i - 1]?.end);
    expect(bin(bins, '2021-02').end - bin(bins, '2021-02').start).toBe(28);
    expect(bins.every((b) => b.total === 0 && b.lastStartDay === null)).toBe(true);
  });

  it('crosses year boundaries and cuts the first and last bin to an extent that starts or ends mid-month', () => {
    const { bins } = binByMonth([], { min: d('2020-11-15'), max: d('2021-02-10') });
    expect(bins.map((b) => b.month)).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(fromDayNumber(bins[0]?.start ?? 0)).toBe('2020-11-15');
    expect(fromDayNumber(bins[1]?.start ?? 0)).toBe('2020-12-01');
    expect(fromDayNumber((bins.at(-1)?.end ?? 0) - 1)).toBe('2021-02-10');
  });

  it('counts day-precision events by category in their month and keeps the latest start', () => {
    const events = timed(
      makeEvent({ id: 'a', date: '2021-04-28', category: 'clash' }),
      makeEvent({ id: 'b', date: '2021-04-29', category: 'clash' }),
      makeEvent({ id: 'c', date: '2021-04-03', category: 'meeting' }),
      makeEvent({ id: 'd', date: '2021-05-01' }),
    );
    const { bins, coarse } = binByMonth(events, year2021);
    const april = bin(bins, '2021-04');
    expect(april.total).toBe(3);
    expect(april.counts.clash).toBe(2);
    expect(april.counts.meeting).toBe(1);
    expect(april.counts.incident).toBe(0);
    expect(april.lastStartDay).toBe(d('2021-04-29'));
    expect(bin(bins, '2021-05').total).toBe(1);
    expect(bin(bins, '2021-03').total).toBe(0);
    expect(coarse).toEqual([]);
  });

  it('puts a month-precision event in its own month', () => {
    const { bins } = binByMonth(
      timed(makeEvent({ id: 'm', date: '2021-07', precision: 'month', category: 'closure' })),
      year2021,
    );
    expect(bin(bins, '2021-07').counts.closure).toBe(1);
    expect(bin(bins, '2021-07').lastStartDay).toBe(d('2021-07-01'));
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(1);
  });

  it('returns season- and year-precision events as coarse spans and never counts them in a month', () => {
    const events = timed(
      makeEvent({ id: 'spring', date: '2021-03', precision: 'season', category: 'meeting' }),
      makeEvent({ id: 'whole-year', date: '2021', precision: 'year', category: 'infrastructure' }),
    );
    const { bins, coarse } = binByMonth(events, year2021);
    expect(bin(bins, '2021-01').total).toBe(0);
    expect(bin(bins, '2021-03').total).toBe(0);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(0);
    expect(coarse).toEqual([
      { id: 'whole-year', category: 'infrastructure', precision: 'year', start: d('2021-01-01'), end: d('2022-01-01') },
      { id: 'spring', category: 'meeting', precision: 'season', start: d('2021-03-01'), end: d('2021-06-01') },
    ]);
  });

  it('leaves out events outside the extent, and coarse spans that do not touch it', () => {
    const events = timed(
      makeEvent({ id: 'before', date: '2020-12-31' }),
      makeEvent({ id: 'after', date: '2022-01-01' }),
      makeEvent({ id: 'y2020', date: '2020', precision: 'year' }),
      makeEvent({ id: 'winter', date: '2020-12', precision: 'season' }),
    );
    const { bins, coarse } = binByMonth(events, year2021);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(0);
    expect(coarse.map((c) => c.id)).toEqual(['winter']);
    expect(coarse[0]?.start).toBe(d('2020-12-01'));
  });

  it('returns nothing for an empty extent', () => {
    expect(binByMonth([], { min: 10, max: 9 })).toEqual({ bins: [], coarse: [] });
  });
});

describe('ticksFor', () => {
  const events = timed(
    makeEvent({ id: 'treaty', date: '2025-03-13', category: 'treaty' }),
    makeEvent({ id: 'deal', date: '2022-12', precision: 'month', category: 'agreement' }),
    makeEvent({ id: 'fight', date: '2022-09-14', category: 'clash' }),
  );

  it('marks treaties and agreements at the day the slider reveals them', () => {
    expect(ticksFor(events)).toEqual([
      { day: d('2022-12-01'), id: 'deal', category: 'agreement' },
      { day: d('2025-03-13'), id: 'treaty', category: 'treaty' },
    ]);
  });

  it('takes other categories when asked', () => {
    expect(ticksFor(events, ['clash']).map((t) => t.id)).toEqual(['fight']);
  });
});

describe('status lanes within the extent', () => {
  it('fills undocumented days with unknown segments and runs an ongoing interval to the end', () => {
    const lanes = stateLanes(
      [interval('closed', '2021-03-01', '2021-05-01', 'src-x'), interval('open', '2021-09-01')],
      {},
      year2021,
    );
    expect(lanes).toHaveLength(1);
    expect(lanes[0]?.kind).toBe('border');
    expect(lanes[0]?.segments).toEqual([
      { from: d('2021-01-01'), to: d('2021-03-01'), status: 'unknown' },
      { from: d('2021-03-01'), to: d('2021-05-01'), status: 'closed', source: 'src-x' },
      { from: d('2021-05-01'), to: d('2021-09-01'), status: 'unknown' },
      { from: d('2021-09-01'), to: year2021.max + 1, status: 'open', source: 'src-a' },
    ]);
  });

  it('clips intervals to the extent and drops those wholly outside', () => {
    const lanes = stateLanes(
      [],
      {
        'cp-a': [
          interval('closed', '2019-01-01', '2020-01-01'),
          interval('restricted', '2020-06-01', '2021-02-01'),
          interval('open', '2021-12-01', '2023-01-01'),
        ],
      },
      year2021,
    );
    const cp = lanes.find((l) => l.id === 'cp-a');
    expect(cp?.kind).toBe('checkpoint');
    expect(cp?.segments).toEqual([
      { from: year2021.min, to: d('2021-02-01'), status: 'restricted', source: 'src-a' },
      { from: d('2021-02-01'), to: d('2021-12-01'), status: 'unknown' },
      { from: d('2021-12-01'), to: year2021.max + 1, status: 'open', source: 'src-a' },
    ]);
  });

  it('gives a lane with no intervals one unknown segment over the whole extent, border first', () => {
    const lanes = stateLanes([], { 'cp-b': [], 'cp-c': [interval('open', '2021-06-01')] }, year2021);
    expect(lanes.map((l) => l.id)).toEqual(['border', 'cp-b', 'cp-c']);
    expect(lanes[0]?.segments).toEqual([{ from: year2021.min, to: year2021.max + 1, status: 'unknown' }]);
    expect(lanes[1]?.segments).toEqual([{ from: year2021.min, to: year2021.max + 1, status: 'unknown' }]);
  });

  it('sorts intervals given out of order and never draws two statuses on one day', () => {
    const lanes = stateLanes(
      [interval('open', '2021-06-01', '2021-08-01'), interval('closed', '2021-02-01', '2021-07-01')],
      {},
      year2021,
    );
    const segments = lanes[0]?.segments ?? [];
    expect(segments.map((s) => [fromDayNumber(s.from), s.status])).toEqual([
      ['2021-01-01', 'unknown'],
      ['2021-02-01', 'closed'],
      ['2021-07-01', 'open'],
      ['2021-08-01', 'unknown'],
    ]);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.from).toBe(segments[i - 1]?.to);
  });
});

describe('dayForBin', () => {
  it('moves to the latest event of the month, or to its last day when it has none', () => {
    const { bins } = binByMonth(
      timed(makeEvent({ id: 'a', date: '2021-04-05' }), makeEvent({ id: 'b', date: '2021-04-20' })),
      year2021,
    );
    expect(fromDayNumber(dayForBin(bin(bins, '2021-04')))).toBe('2021-04-20');
    expect(fromDayNumber(dayForBin(bin(bins, '2021-02')))).toBe('2021-02-28');
    expect(fromDayNumber(dayForBin(bin(bins, '2021-12')))).toBe('2021-12-31');
  });
});
