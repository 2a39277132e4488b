import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import type { Translate } from '../i18n/translate';
import { type StatusLane, statusOn } from '../model/crossingStatus';
import type { Lang } from '../model/languages';
import type { CoarseSpan, MonthBin } from './density';

export interface DensitySummaryInput {
  bins: readonly MonthBin[];
  coarse: readonly CoarseSpan[];
  lanes: readonly StatusLane[];
  /** Display name per lane; the border lane's name comes from the messages. */
  laneName: (lane: StatusLane) => string;
  day: number;
}

/** The month with the most events, or null for an empty strip. */
export function busiestMonth(bins: readonly MonthBin[]): MonthBin | null {
  let best: MonthBin | null = null;
  for (const b of bins) if (b.total > (best?.total ?? 0)) best = b;
  return best;
}

/**
 * The strip in words, for screen readers (the drawing itself is hidden from them): how many events
 * over how many months, the busiest month, the events dated only to a season or year, and the
 * status of the border and each crossing on the slider's date.
 */
export function densitySummary(input: DensitySummaryInput, t: Translate, lang: Lang): string {
  const { bins, coarse, lanes, day } = input;
  const counted = bins.reduce((sum, b) => sum + b.total, 0);
  const parts = [
    t(counted === 1 ? 'density.summary.events.one' : 'density.summary.events', { count: counted, months: bins.length }),
  ];
  const busiest = busiestMonth(bins);
  // With at most one event a month every non-empty month ties, so "busiest" would name an arbitrary one.
  if (busiest && busiest.total > 1) {
    parts.push(t('density.summary.busiest', { month: formatPrecisionDate(busiest.month, 'month', lang), count: busiest.total }));
  }
  if (coarse.length > 0) {
    parts.push(t(coarse.length === 1 ? 'density.summary.coarse.one' : 'density.summary.coarse', { count: coarse.length }));
  }
  if (lanes.length > 0) {
    const list = lanes
      .map((lane) =>
        t('density.summary.statusItem', {
          lane: input.laneName(lane),
          status: t(`density.status.${statusOn(lane.segments, day)}`),
        }),
      )
      .join('; ');
    parts.push(t('density.summary.status', { date: formatDay(day, lang), list }));
  }
  return parts.join(' ');
}
