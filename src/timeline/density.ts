/**
 * Data for the density strip above the time slider: events counted per calendar month, the
 * treaty/agreement ticks and the crossing-status lanes. Everything is in day numbers (see
 * eventInterval.ts) so the strip can draw it on the same scale as the slider.
 */
import { fromDayNumber, toDayNumber } from '../data/eventInterval';
import { type CrossingStatus, EVENT_CATEGORIES, type EventCategory, type StateInterval } from '../data/eventSchema';
import type { TimedEvent } from '../state/timedEvent';

/** Inclusive day range, as timeExtent() returns it. */
export interface DayExtent {
  readonly min: number;
  readonly max: number;
}

export type CategoryCounts = Record<EventCategory, number>;

export interface MonthBin {
  /** YYYY-MM */
  month: string;
  /** [start, end) in day numbers; the first and last bin are cut to the extent. */
  start: number;
  end: number;
  counts: CategoryCounts;
  total: number;
  /** Start day of the latest event counted here, or null for an empty month. */
  lastStartDay: number | null;
}

/** An event known only to a season or a year, drawn across its whole period instead of one month. */
export interface CoarseSpan {
  id: string;
  category: EventCategory;
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
  category: EventCategory;
}

export type LaneStatus = CrossingStatus | 'unknown';

export interface LaneSegment {
  /** [from, to) in day numbers, cut to the extent; an interval still in force runs to extent.max + 1. */
  from: number;
  to: number;
  status: LaneStatus;
  /** The first source the interval cites; absent for undocumented gaps. */
  source?: string;
}

export interface StateLane {
  /** 'border' for the border as a whole, otherwise the checkpoint id. */
  id: string;
  kind: 'border' | 'checkpoint';
  segments: LaneSegment[];
}

function emptyCounts(): CategoryCounts {
  const counts = {} as CategoryCounts;
  for (const c of EVENT_CATEGORIES) counts[c] = 0;
  return counts;
}

function yearMonthOf(day: number): { year: number; month: number } {
  const iso = fromDayNumber(day);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function firstDayOf(year: number, month: number): number {
  return toDayNumber(`${monthKey(year, month)}-01`);
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
  let year = first.year;
  let month = first.month;
  let start = extent.min;
  while (start < endExclusive) {
    const nextYear = month === 12 ? year + 1 : year;
    const nextMonth = month === 12 ? 1 : month + 1;
    const end = Math.min(firstDayOf(nextYear, nextMonth), endExclusive);
    bins.push({ month: monthKey(year, month), start, end, counts: emptyCounts(), total: 0, lastStartDay: null });
    start = end;
    year = nextYear;
    month = nextMonth;
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
export function ticksFor(
  events: readonly TimedEvent[],
  categories: readonly EventCategory[] = ['treaty', 'agreement'],
): DensityTick[] {
  const wanted = new Set(categories);
  return events.filter((e) => wanted.has(e.category)).map((e) => ({ day: e.startDay, id: e.id, category: e.category }));
}

function laneSegments(intervals: readonly StateInterval[], extent: DayExtent, toDay: (iso: string) => number): LaneSegment[] {
  const endExclusive = extent.max + 1;
  const spans = intervals
    .map((s) => ({ from: toDay(s.from), to: s.to ? toDay(s.to) : endExclusive, status: s.status, source: s.sources[0] }))
    .sort((a, b) => a.from - b.from);
  const out: LaneSegment[] = [];
  let cursor = extent.min;
  for (const span of spans) {
    // The loader drops overlapping intervals, but if one slips through the earlier one keeps its
    // days, so the lane never draws two statuses for the same day.
    const from = Math.max(span.from, cursor);
    const to = Math.min(span.to, endExclusive);
    if (to <= from) continue;
    if (from > cursor) out.push({ from: cursor, to: from, status: 'unknown' });
    const segment: LaneSegment = { from, to, status: span.status };
    if (span.source !== undefined) segment.source = span.source;
    out.push(segment);
    cursor = to;
  }
  if (cursor < endExclusive) out.push({ from: cursor, to: endExclusive, status: 'unknown' });
  return out;
}

/**
 * The border lane first, then one lane per checkpoint in the record's order. Days no interval
 * covers become 'unknown' segments, so an undocumented period shows as such rather than as a gap
 * that reads like "open".
 */
export function stateLanes(
  borderStates: readonly StateInterval[],
  checkpointStates: Readonly<Record<string, readonly StateInterval[]>>,
  extent: DayExtent,
  toDay: (iso: string) => number,
): StateLane[] {
  if (extent.max + 1 <= extent.min) return [];
  const lanes: StateLane[] = [{ id: 'border', kind: 'border', segments: laneSegments(borderStates, extent, toDay) }];
  for (const [id, intervals] of Object.entries(checkpointStates)) {
    lanes.push({ id, kind: 'checkpoint', segments: laneSegments(intervals, extent, toDay) });
  }
  return lanes;
}

/**
 * Where a click on a month sends the slider: onto its latest event, so that event is the newest
 * one revealed; an empty month goes to its last day, which shows everything up to it.
 */
export function dayForBin(bin: Pick<MonthBin, 'lastStartDay' | 'end'>): number {
  return bin.lastStartDay ?? bin.end - 1;
}
