import './density.css';
import { type MouseEvent, useCallback, useMemo } from 'react';
import { useLang, useT } from '../language/useT';
import type { StatusLane } from '../model/crossingStatus';
import type { DayExtent } from '../model/days';
import type { TimedEvent } from '../model/timedEvent';
import { DayMarker } from './DayMarker';
import { DensityBars } from './DensityBars';
import { DensityKey } from './DensityKey';
import { DensityLanes } from './DensityLanes';
import { DensityTicks } from './DensityTicks';
import { binByMonth, lanesWithin } from './density';
import { BARS_BOTTOM } from './densityLayout';
import { busiestMonth, densitySummary } from './densitySummary';

export interface DensityStripProps {
  events: readonly TimedEvent[];
  extent: DayExtent;
  day: number;
  /** The status history of the border and each crossing, as the record computed it. */
  lanes: readonly StatusLane[];
  /** Display name per checkpoint id; the id is shown when a name is missing. */
  checkpointNames: Readonly<Record<string, string>>;
  onPick: (day: number) => void;
}

/**
 * Clicks are handled once on each SVG: every clickable shape carries the day it leads to in
 * `data-day`, which keeps hundreds of month bars free of their own handlers.
 */
function pickFrom(e: MouseEvent<SVGSVGElement>, onPick: (day: number) => void): void {
  const target = e.target instanceof Element ? e.target.closest('[data-day]') : null;
  const value = target?.getAttribute('data-day');
  if (value === null || value === undefined) return;
  const day = Number(value);
  if (Number.isFinite(day)) onPick(day);
}

/**
 * Events per month above the slider, with treaty ticks and crossing-status lanes. A pointer aid
 * only: the slider remains the keyboard path, so the drawing is hidden from assistive technology
 * and a sentence summarises it instead.
 */
export function DensityStrip({ events, extent, day, lanes, checkpointNames, onPick }: DensityStripProps) {
  const t = useT();
  const lang = useLang();
  const { min, max } = extent;
  const span = Math.max(1, max + 1 - min);
  const { bins, coarse } = useMemo(() => binByMonth(events, { min, max }), [events, min, max]);
  const shownLanes = useMemo(() => lanesWithin(lanes, { min, max }), [lanes, min, max]);
  const peak = useMemo(() => busiestMonth(bins)?.total ?? 0, [bins]);
  const borderName = t('density.lane.border');
  const laneName = useCallback(
    (lane: StatusLane) => (lane.kind === 'border' ? borderName : (checkpointNames[lane.id] ?? lane.id)),
    [borderName, checkpointNames],
  );
  const summary = densitySummary({ bins, coarse, lanes: shownLanes, laneName, day }, t, lang);
  const marker = day >= min && day <= max ? day + 0.5 : null;
  const onClick = (e: MouseEvent<SVGSVGElement>) => pickFrom(e, onPick);

  return (
    // biome-ignore lint/a11y/useSemanticElements: not a form, so a fieldset would promise controls that are not there.
    <div className="density" role="group" aria-label={t('density.label')}>
      <p className="visually-hidden">{summary}</p>
      <div className="density-plot" aria-hidden="true">
        <svg
          className="density-chart"
          viewBox={`${min} 0 ${span} ${BARS_BOTTOM}`}
          preserveAspectRatio="none"
          onClick={onClick}
          aria-hidden="true"
        >
          <DensityBars bins={bins} coarse={coarse} peak={peak} min={min} max={max} />
          <DensityTicks events={events} min={min} max={max} />
          <DayMarker x={marker} height={BARS_BOTTOM} />
        </svg>
        <DensityLanes lanes={shownLanes} laneName={laneName} min={min} span={span} marker={marker} onClick={onClick} />
      </div>
      <DensityKey />
    </div>
  );
}
