import { useMemo } from 'react';
import { useLang, useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { CATEGORY_COLORS } from '../model/palette';
import { binLabel } from './binLabel';
import { type CoarseSpan, dayForBin, type MonthBin } from './density';
import { BARS_BOTTOM, BARS_HEIGHT, BARS_TOP, barHeight, TICK_BOTTOM, xUnits } from './densityLayout';
import type { TimeScale } from './timeScale';

/**
 * Stacked bars of events per month, under faint bands for events dated only to a season or year.
 * Drawn from the data alone, so dragging the slider never redraws them.
 */
export function DensityBars({
  bins,
  coarse,
  peak,
  scale,
}: {
  bins: readonly MonthBin[];
  coarse: readonly CoarseSpan[];
  /** The busiest month's count: the full bar height. */
  peak: number;
  scale: TimeScale;
}) {
  const t = useT();
  const lang = useLang();
  const coarseShapes = useMemo(
    () =>
      coarse.map((c) => {
        const from = xUnits(scale, Math.max(c.start, scale.min));
        const to = xUnits(scale, Math.min(c.end, scale.max + 1));
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
    [coarse, scale],
  );
  const barShapes = useMemo(
    () =>
      bins.map((bin) => {
        const left = xUnits(scale, bin.start);
        const width = xUnits(scale, bin.end) - left;
        const full = barHeight(bin.total, peak);
        let y = BARS_BOTTOM;
        const stack = [];
        for (const c of CATEGORIES) {
          const n = bin.counts[c];
          if (n === 0) continue;
          const h = (n / bin.total) * full;
          y -= h;
          stack.push(<rect key={c} x={left} y={y} width={width} height={h} fill={CATEGORY_COLORS[c]} />);
        }
        return (
          <g key={bin.month} className="density-bar" data-testid="density-bar" data-month={bin.month} data-day={dayForBin(bin)}>
            <title>{binLabel(bin, coarse, t, lang)}</title>
            <rect className="density-hit" x={left} y={TICK_BOTTOM} width={width} height={BARS_BOTTOM - TICK_BOTTOM} />
            {stack}
          </g>
        );
      }),
    [bins, coarse, peak, scale, t, lang],
  );
  return (
    <>
      {coarseShapes}
      {barShapes}
    </>
  );
}
