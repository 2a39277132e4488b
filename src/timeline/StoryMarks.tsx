import { MAP_COLORS } from '../model/palette';
import { useApp } from '../state/store';
import { selectStoryMarks } from '../state/storySelectors';
import { BARS_BOTTOM, TICK_BOTTOM, xUnits } from './densityLayout';
import type { TimeScale } from './timeScale';

/**
 * The open story on the density strip: a short mark at every step's date, the current step's
 * period as a band and its date as a full-height line, so the reader sees where the walk is in the
 * record and how much of it lies ahead. Drawn in the chart's viewBox (the chart is a pointer aid;
 * the Story panel says the same in words).
 */
export function StoryMarks({ scale }: { scale: TimeScale }) {
  const marks = useApp(selectStoryMarks);
  if (!marks) return null;
  const { period } = marks;
  return (
    <g className="story-marks" data-testid="story-marks">
      {period ? (
        <rect
          className="story-period"
          data-from={period.from}
          data-to={period.to}
          x={xUnits(scale, period.from)}
          width={Math.max(1, xUnits(scale, period.to + 1) - xUnits(scale, period.from))}
          y={0}
          height={BARS_BOTTOM}
          fill={MAP_COLORS.storyRing}
          fillOpacity={0.16}
        />
      ) : null}
      {marks.steps.map((day, i) => {
        const current = i === marks.current;
        const x = xUnits(scale, day + 0.5);
        return (
          <line
            // Steps are their position in the story.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            className={`story-mark${current ? ' is-current' : ''}`}
            data-step={i + 1}
            data-day={day}
            x1={x}
            x2={x}
            y1={0}
            y2={current ? BARS_BOTTOM : TICK_BOTTOM + 4}
            stroke={MAP_COLORS.storyRing}
            strokeWidth={current ? 3 : 2}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </g>
  );
}
