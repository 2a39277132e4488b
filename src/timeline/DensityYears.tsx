import { type MouseEvent, memo, useMemo, useRef } from 'react';
import { dayAtClientX, type TimeScale } from './timeScale';
import { useElementWidth } from './useElementWidth';
import { YEAR_LABEL_PX, yearLabels, yearTicks } from './yearTicks';

/**
 * The year axis: a tick at every 1 January and as many year labels as fit at the measured width.
 * Each tick carries its day and x so tests (and anyone reading the DOM) can place a date exactly.
 * Memoised: it depends on the scale and its own width, never on the slider's day. A click on a
 * year's label goes to its 1 January; elsewhere on the axis, to the day under the pointer (a
 * pointer aid like the bars: the slider is the keyboard path).
 */
export const DensityYears = memo(function DensityYears({ scale, onPick }: { scale: TimeScale; onPick: (day: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const ticks = useMemo(() => yearTicks(scale), [scale]);
  const labels = useMemo(() => yearLabels(ticks, width), [ticks, width]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const label = e.target instanceof Element ? e.target.closest('[data-label-year]') : null;
    const year = Number(label?.getAttribute('data-label-year'));
    const tick = label ? ticks.find((t) => t.year === year) : undefined;
    onPick(tick ? tick.day : dayAtClientX(scale, e.clientX, e.currentTarget.getBoundingClientRect()));
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a pointer aid; the slider is the keyboard path.
    <div className="density-years" ref={ref} data-testid="density-years" onClick={onClick}>
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
          data-label-year={l.year}
          style={{ left: `${l.left}px`, width: `${YEAR_LABEL_PX}px` }}
        >
          {l.year}
        </span>
      ))}
    </div>
  );
});
