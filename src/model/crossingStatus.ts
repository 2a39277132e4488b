import { partitionPoint } from './binarySearch';
import { toDayNumber } from './days';
import type { RECORDED_STATUSES, StateInterval } from './record';

/** The state of the border or of a crossing on a day; 'unknown' where the record documents nothing. */
export type CrossingStatus = (typeof RECORDED_STATUSES)[number] | 'unknown';

/** In drawing and legend order. */
export const CROSSING_STATUSES: readonly CrossingStatus[] = ['open', 'restricted', 'closed', 'unknown'];

export interface StatusSegment {
  /** [from, to) in day numbers; the first segment starts at -Infinity and the last ends at +Infinity. */
  from: number;
  to: number;
  status: CrossingStatus;
  /** The first source the interval cites; absent for undocumented gaps. */
  source?: string;
}

/** The status history of the border as a whole ('border') or of one checkpoint (its feature id). */
export interface StatusLane {
  id: string;
  kind: 'border' | 'checkpoint';
  segments: StatusSegment[];
  /** The record's own intervals, in date order, with every source and note: the history a reader can check. */
  intervals: readonly StateInterval[];
}

/**
 * An interval list as consecutive segments covering every day, computed once when the record
 * loads. Days no interval covers are 'unknown' segments, so an undocumented period is never read
 * as "open". The loader drops overlapping intervals; if one slips through, the earlier one keeps
 * its days, so no day has two statuses.
 */
export function statusSegments(intervals: readonly StateInterval[]): StatusSegment[] {
  const spans = intervals
    .map((s) => ({ from: toDayNumber(s.from), to: s.to ? toDayNumber(s.to) : Number.POSITIVE_INFINITY, s }))
    .sort((a, b) => a.from - b.from);
  const out: StatusSegment[] = [];
  let cursor = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const from = Math.max(span.from, cursor);
    if (span.to <= from) continue;
    if (from > cursor) out.push({ from: cursor, to: from, status: 'unknown' });
    const segment: StatusSegment = { from, to: span.to, status: span.s.status };
    const source = span.s.sources[0];
    if (source !== undefined) segment.source = source;
    out.push(segment);
    cursor = span.to;
  }
  if (cursor < Number.POSITIVE_INFINITY) out.push({ from: cursor, to: Number.POSITIVE_INFINITY, status: 'unknown' });
  return out;
}

function byFrom(intervals: readonly StateInterval[]): StateInterval[] {
  // ISO days sort as text.
  return [...intervals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The border lane first, then one lane per checkpoint in the record's order. */
export function statusLanes(
  border: readonly StateInterval[],
  checkpoints: Readonly<Record<string, readonly StateInterval[]>>,
): StatusLane[] {
  return [
    { id: 'border', kind: 'border', segments: statusSegments(border), intervals: byFrom(border) },
    ...Object.entries(checkpoints).map(([id, intervals]) => ({
      id,
      kind: 'checkpoint' as const,
      segments: statusSegments(intervals),
      intervals: byFrom(intervals),
    })),
  ];
}

/**
 * The status on `day`: the segment that holds it. A lookup only: every rule about statuses belongs in
 * statusSegments, whose segments the lanes also draw, so the map, the lanes and the summary agree.
 */
export function statusOn(segments: readonly StatusSegment[], day: number): CrossingStatus {
  const i = partitionPoint(segments.length, (k) => (segments[k] as StatusSegment).to <= day);
  const s = segments[i];
  return s && s.from <= day ? s.status : 'unknown';
}

/** Each checkpoint's status on `day`, by checkpoint id. */
export function checkpointStatusesOn(lanes: readonly StatusLane[], day: number): Record<string, CrossingStatus> {
  const out: Record<string, CrossingStatus> = {};
  for (const lane of lanes) if (lane.kind === 'checkpoint') out[lane.id] = statusOn(lane.segments, day);
  return out;
}
