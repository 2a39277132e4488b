/**
 * Data for the density strip above the time slider: events counted per calendar month, the
 * treaty/agreement ticks and the crossing-status lanes cut to the slider's extent. Everything is in
 * day numbers so the strip can draw it on the same scale as the slider.
 */
import { CATEGORIES, type Category, MILESTONE_CATEGORIES } from '../model/category';
import type { StatusLane, StatusSegment } from '../model/crossingStatus';
import { type DayExtent, firstOfMonthAfter, monthKey, yearMonthOf } from '../model/days';
import type { TimedEvent } from '../model/timedEvent';

/** Events per category in one month. */
export type CategoryTally = Record<Category, number>;

export interface MonthBin {
  /** YYYY-MM */
  month: string;
  /** [start, end) in day numbers; the first and last bin are cut to the extent. */
  start: number;
  end: number;
  counts: CategoryTally;
  total: number;
  /** Start day of the latest event counted here, or null for an empty month. */
  lastStartDay: number | null;
}

/** An event known only to a season or a year, drawn across its whole period instead of one month. */
export interface CoarseSpan {
  id: string;
  category: Category;
  precision: 'season' | 'year';
  /** The event's own [start, end), not cut to the extent, so nothing about its date is altered. */
  start: number;
  end: number;
}

export interface MonthBinning {
  bins: MonthBin[];
  coarse: CoarseSpan[];
}

export interface DensityTick {
  day: number;
  id: string;
  category: Category;
}

function emptyTally(): CategoryTally {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryTally;
}

function isCoarse(precision: TimedEvent['precision']): precision is 'season' | 'year' {
  return precision === 'season' || precision === 'year';
}

/**
 * One bin per calendar month from extent.min to extent.max, with no gaps. Day- and month-precision
 * events count in the month their interval starts; a season or year gives no month, so counting it
 * in its first month would invent one — those come back as `coarse` spans instead. Events that
 * start outside the extent are left out (the slider cannot reach them either).
 */
export function binByMonth(events: readonly TimedEvent[], extent: DayExtent): MonthBinning {
  const bins: MonthBin[] = [];
  const coarse: CoarseSpan[] = [];
  const endExclusive = extent.max + 1;
  if (endExclusive <= extent.min) return { bins, coarse };

  const first = yearMonthOf(extent.min);
  for (let i = 0, start = extent.min; start < endExclusive; i++) {
    const end = Math.min(firstOfMonthAfter(first.year, first.month, i + 1), endExclusive);
    const { year, month } = yearMonthOf(start);
    bins.push({ month: monthKey(year, month), start, end, counts: emptyTally(), total: 0, lastStartDay: null });
    start = end;
  }

  for (const e of events) {
    if (isCoarse(e.precision)) {
      if (e.endDay > extent.min && e.startDay < endExclusive) {
        coarse.push({ id: e.id, category: e.category, precision: e.precision, start: e.startDay, end: e.endDay });
      }
      continue;
    }
    if (e.startDay < extent.min || e.startDay >= endExclusive) continue;
    // Index arithmetic instead of a search: bins are consecutive months from `first`.
    const ym = yearMonthOf(e.startDay);
    const bin = bins[(ym.year - first.year) * 12 + (ym.month - first.month)];
    if (!bin) continue;
    bin.counts[e.category] += 1;
    bin.total += 1;
    if (bin.lastStartDay === null || e.startDay > bin.lastStartDay) bin.lastStartDay = e.startDay;
  }
  return { bins, coarse };
}

/** Ticks for the milestones (by default treaties and agreements), at the day the slider reveals them. */
export function ticksFor(events: readonly TimedEvent[], categories: readonly Category[] = MILESTONE_CATEGORIES): DensityTick[] {
  const wanted = new Set(categories);
  return events.filter((e) => wanted.has(e.category)).map((e) => ({ day: e.startDay, id: e.id, category: e.category }));
}

/** The status lanes (computed once when the record loads) cut to the extent: what the strip draws. */
export function lanesWithin(lanes: readonly StatusLane[], extent: DayExtent): StatusLane[] {
  const endExclusive = extent.max + 1;
  if (endExclusive <= extent.min) return [];
  return lanes.map((lane) => ({
    ...lane,
    segments: lane.segments.flatMap((s): StatusSegment[] => {
      const from = Math.max(s.from, extent.min);
      const to = Math.min(s.to, endExclusive);
      return to > from ? [{ ...s, from, to }] : [];
    }),
  }));
}

/**
 * Where a click on a month sends the slider: onto its latest event, so that event is the newest
 * one revealed; an empty month goes to its last day, which shows everything up to it.
 */
export function dayForBin(bin: Pick<MonthBin, 'lastStartDay' | 'end'>): number {
  return bin.lastStartDay ?? bin.end - 1;
}
