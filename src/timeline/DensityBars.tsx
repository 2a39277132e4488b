import { useMemo } from 'react';
import { formatPrecisionDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/messages.en';
import { useLang, useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { CATEGORY_COLORS } from '../model/palette';
import { type CoarseSpan, dayForBin, type MonthBin } from './density';
import { BARS_BOTTOM, BARS_HEIGHT, BARS_TOP, TICK_BOTTOM } from './densityLayout';

/**
 * Stacked bars of events per month, under faint bands for events dated only to a season or year.
 * Drawn from the data alone, so dragging the slider never redraws them.
 */
export function DensityBars({
  bins,
  coarse,
  peak,
  min,
  max,
}: {
  bins: readonly MonthBin[];
  coarse: readonly CoarseSpan[];
  /** The busiest month's count: the full bar height. */
  peak: number;
  min: number;
  max: number;
}) {
  const t = useT();
  const lang = useLang();
  const coarseShapes = useMemo(
    () =>
      coarse.map((c) => {
        const from = Math.max(c.start, min);
        const to = Math.min(c.end, max + 1);
        return (
          <rect
            key={c.id}
            className="density-coarse"
            x={from}
            y={BARS_TOP}
            width={to - from}
            height={BARS_HEIGHT}
            fill={CATEGORY_COLORS[c.category]}
          />
        );
      }),
    [coarse, min, max],
  );
  const barShapes = useMemo(
    () =>
      bins.map((bin) => {
        const width = bin.end - bin.start;
        const overlapping = coarse.filter((c) => c.start < bin.end && c.end > bin.start).length;
        const countKey: MessageKey = bin.total === 0 ? 'density.bar.none' : bin.total === 1 ? 'density.bar.one' : 'density.bar';
        // formatPrecisionDate keeps one Intl formatter per language, so hundreds of bars stay cheap.
        const base = t(countKey, { month: formatPrecisionDate(bin.month, 'month', lang), count: bin.total });
        const title = overlapping > 0 ? t('density.bar.coarse', { text: base, count: overlapping }) : base;
        let y = BARS_BOTTOM;
        const stack = [];
        for (const c of CATEGORIES) {
          const n = bin.counts[c];
          if (n === 0) continue;
          const h = (n / Math.max(1, peak)) * BARS_HEIGHT;
          y -= h;
          stack.push(<rect key={c} x={bin.start} y={y} width={width} height={h} fill={CATEGORY_COLORS[c]} />);
        }
        return (
          <g key={bin.month} className="density-bar" data-testid="density-bar" data-month={bin.month} data-day={dayForBin(bin)}>
            <title>{title}</title>
            <rect className="density-hit" x={bin.start} y={TICK_BOTTOM} width={width} height={BARS_BOTTOM - TICK_BOTTOM} />
            {stack}
          </g>
        );
      }),
    [bins, coarse, peak, t, lang],
  );
  return (
    <>
      {coarseShapes}
      {barShapes}
    </>
  );
}
