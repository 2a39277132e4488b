import { memo, useMemo, useRef } from 'react';
import type { TimeScale } from './timeScale';
import { useElementWidth } from './useElementWidth';
import { YEAR_LABEL_PX, yearLabels, yearTicks } from './yearTicks';

/**
 * The year axis: a tick at every 1 January and as many year labels as fit at the measured width.
 * Each tick carries its day and x so tests (and anyone reading the DOM) can place a date exactly.
 * Memoised: it depends on the scale and its own width, never on the slider's day.
 */
export const DensityYears = memo(function DensityYears({ scale }: { scale: TimeScale }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const ticks = useMemo(() => yearTicks(scale), [scale]);
  const labels = useMemo(() => yearLabels(ticks, width), [ticks, width]);
  return (
    <div className="density-years" ref={ref} data-testid="density-years">
      {ticks.map((t) => (
        <span
          key={t.year}
          className="density-year-tick"
          data-testid="density-year-tick"
          data-year={t.year}
          data-day={t.day}
          data-x={t.x}
          style={{ left: `${t.x * 100}%` }}
        />
      ))}
      {labels.map((l) => (
        <span
          key={l.year}
          className="density-year"
          data-testid="density-year"
          style={{ left: `${l.left}px`, width: `${YEAR_LABEL_PX}px` }}
        >
          {l.year}
        </span>
      ))}
    </div>
  );
});
