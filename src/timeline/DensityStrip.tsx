import './density.css';
import { type MouseEvent, useCallback, useMemo, useState } from 'react';
import { useLang, useT } from '../language/useT';
import { partitionPoint } from '../model/binarySearch';
import type { StatusLane } from '../model/crossingStatus';
import type { TimedEvent } from '../model/timedEvent';
import { binLabel } from './binLabel';
import { DayMarker } from './DayMarker';
import { DensityBars } from './DensityBars';
import { DensityKey } from './DensityKey';
import { DensityLanes } from './DensityLanes';
import { DensityTicks } from './DensityTicks';
import { DensityYears } from './DensityYears';
import { binByMonth, lanesWithin, type MonthBin } from './density';
import { BARS_BOTTOM, X_UNITS, xUnits } from './densityLayout';
import { busiestMonth, densitySummary } from './densitySummary';
import { StoryMarks } from './StoryMarks';
import { dayAtClientX, type TimeScale } from './timeScale';

/** The readout's id: the slider points at it (aria-describedby), so its month's count is read on focus. */
export const DENSITY_READOUT_ID = 'density-readout';

export interface DensityStripProps {
  events: readonly TimedEvent[];
  /** The timeline's one scale (its extent is the slider's). */
  scale: TimeScale;
  day: number;
  /** The status history of the border and each crossing, as the record computed it. */
  lanes: readonly StatusLane[];
  /** Display name per checkpoint id; the id is shown when a name is missing. */
  checkpointNames: Readonly<Record<string, string>>;
  onPick: (day: number) => void;
}

/**
 * Clicks on the bar chart are handled once on its SVG: every clickable shape carries the day it
 * leads to in `data-day`, which keeps hundreds of month bars free of their own handlers.
 */
function pickFrom(e: MouseEvent<SVGSVGElement>, onPick: (day: number) => void): void {
  const target = e.target instanceof Element ? e.target.closest('[data-day]') : null;
  const value = target?.getAttribute('data-day');
  if (value === null || value === undefined) return;
  const day = Number(value);
  if (Number.isFinite(day)) onPick(day);
}

function binAt(bins: readonly MonthBin[], day: number): MonthBin | null {
  const i = partitionPoint(bins.length, (k) => (bins[k] as MonthBin).end <= day);
  const bin = bins[i];
  return bin && bin.start <= day ? bin : null;
}

/**
 * Events per month above the slider, with treaty ticks, a year axis and crossing-status lanes. A
 * pointer aid: the slider remains the keyboard path, so the drawing is hidden from assistive
 * technology and a sentence summarises it instead; the readout under it names the count of the
 * pointed-at month, or of the slider's month (so keyboard users get it too).
 */
export function DensityStrip({ events, scale, day, lanes, checkpointNames, onPick }: DensityStripProps) {
  const t = useT();
  const lang = useLang();
  const { min, max } = scale;
  const { bins, coarse } = useMemo(() => binByMonth(events, { min, max }), [events, min, max]);
  const shownLanes = useMemo(() => lanesWithin(lanes, { min, max }), [lanes, min, max]);
  const peak = useMemo(() => busiestMonth(bins)?.total ?? 0, [bins]);
  const [hovered, setHovered] = useState<string | null>(null);
  const borderName = t('density.lane.border');
  const laneName = useCallback(
    (lane: StatusLane) => (lane.kind === 'border' ? borderName : (checkpointNames[lane.id] ?? lane.id)),
    [borderName, checkpointNames],
  );
  const summary = densitySummary({ bins, coarse, lanes: shownLanes, laneName, day }, t, lang);
  const marker = day >= min && day <= max ? xUnits(scale, day + 0.5) : null;
  const readBin = (hovered === null ? null : bins.find((b) => b.month === hovered)) ?? binAt(bins, day);
  const readout = readBin ? binLabel(readBin, coarse, t, lang) : '';

  const onChartClick = (e: MouseEvent<SVGSVGElement>) => pickFrom(e, onPick);
  const onChartOver = (e: MouseEvent<SVGSVGElement>) => {
    const bar = e.target instanceof Element ? e.target.closest('[data-month]') : null;
    setHovered(bar?.getAttribute('data-month') ?? null);
  };
  const onLaneClick = (e: MouseEvent<SVGSVGElement>) =>
    onPick(dayAtClientX(scale, e.clientX, e.currentTarget.getBoundingClientRect()));

  return (
    // biome-ignore lint/a11y/useSemanticElements: not a form, so a fieldset would promise controls that are not there.
    <div className="density" role="group" aria-label={t('density.label')}>
      <p className="visually-hidden">{summary}</p>
      <div className="density-plot" aria-hidden="true">
        {/* biome-ignore lint/a11y/useKeyWithMouseEvents: the keyboard path is the slider; the readout follows its month. */}
        <svg
          className="density-chart"
          viewBox={`0 0 ${X_UNITS} ${BARS_BOTTOM}`}
          preserveAspectRatio="none"
          onClick={onChartClick}
          onMouseOver={onChartOver}
          onMouseLeave={() => setHovered(null)}
          aria-hidden="true"
        >
          <DensityBars bins={bins} coarse={coarse} peak={peak} scale={scale} />
          <DensityTicks events={events} scale={scale} />
          <StoryMarks scale={scale} />
          <DayMarker x={marker} height={BARS_BOTTOM} />
        </svg>
        <DensityYears scale={scale} onPick={onPick} />
        <DensityLanes lanes={shownLanes} laneName={laneName} scale={scale} marker={marker} onClick={onLaneClick} />
      </div>
      <div className="density-foot">
        <p className="density-readout" id={DENSITY_READOUT_ID} data-testid="density-readout">
          {readout}
        </p>
        <DensityKey />
      </div>
    </div>
  );
}
