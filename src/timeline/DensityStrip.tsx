import { type MouseEvent, useMemo } from 'react';
import { toDayNumber } from '../data/eventInterval';
import { EVENT_CATEGORIES, type StateInterval } from '../data/eventSchema';
import { localized } from '../events/localized';
import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import type { Lang } from '../i18n/languages';
import type { MessageKey } from '../i18n/messages.en';
import { useLang, useT } from '../i18n/useT';
import type { TimedEvent } from '../state/timedEvent';
import { CATEGORY_COLORS, STATUS_COLORS } from '../model/palette';
import {
  binByMonth,
  type DayExtent,
  dayForBin,
  type LaneSegment,
  type LaneStatus,
  type MonthBin,
  type StateLane,
  stateLanes,
  ticksFor,
} from './density';

export interface DensityStripProps {
  events: readonly TimedEvent[];
  extent: DayExtent;
  day: number;
  borderStates: readonly StateInterval[];
  checkpointStates: Readonly<Record<string, readonly StateInterval[]>>;
  /** Display name per checkpoint id; the id is shown when a name is missing. */
  checkpointNames: Readonly<Record<string, string>>;
  onPick: (day: number) => void;
}

/* The chart's vertical layout in viewBox units; only proportions matter, CSS sets the height. */
const TICK_TOP = 0;
const MAX_TICKS = 200;
const TICK_BOTTOM = 14;
const BARS_TOP = 16;
const BARS_BOTTOM = 64;
const BARS_HEIGHT = BARS_BOTTOM - BARS_TOP;

/* A tick is a hairline; its hit area must stay wide enough to tap at phone width. */
const TICK_HIT_FRACTION = 1 / 60;

const LANE_STATUSES: readonly LaneStatus[] = ['open', 'restricted', 'closed', 'unknown'];
/* Undocumented periods are drawn paler than any real status so they never read as one. */
const UNKNOWN_OPACITY = 0.3;

const MARKER_COLOR = '#a61b1b';

function monthWords(month: string, lang: Lang): string {
  // formatPrecisionDate keeps one Intl formatter per language, so hundreds of bars stay cheap.
  return formatPrecisionDate(month, 'month', lang);
}

function statusAtDay(segments: readonly LaneSegment[], day: number): LaneStatus {
  for (const s of segments) if (day >= s.from && day < s.to) return s.status;
  return 'unknown';
}

function laneName(lane: StateLane, names: Readonly<Record<string, string>>, borderLabel: string): string {
  return lane.kind === 'border' ? borderLabel : (names[lane.id] ?? lane.id);
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
export function DensityStrip({
  events,
  extent,
  day,
  borderStates,
  checkpointStates,
  checkpointNames,
  onPick,
}: DensityStripProps) {
  const t = useT();
  const lang = useLang();
  const { min, max } = extent;
  const span = Math.max(1, max + 1 - min);

  const { bins, coarse } = useMemo(() => binByMonth(events, { min, max }), [events, min, max]);
  // Ticks mark the few treaties and agreements of a curated record; in a record of thousands they
  // would only paint the strip over, so they are left out there.
  const ticks = useMemo(() => {
    const all = ticksFor(events).filter((k) => k.day >= min && k.day <= max);
    return all.length > MAX_TICKS ? [] : all;
  }, [events, min, max]);
  const lanes = useMemo(
    () => stateLanes(borderStates, checkpointStates, { min, max }, toDayNumber),
    [borderStates, checkpointStates, min, max],
  );
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);

  const busiest = useMemo(() => {
    let best: MonthBin | null = null;
    for (const b of bins) if (b.total > (best?.total ?? 0)) best = b;
    return best;
  }, [bins]);

  // Everything below depends on the data, not on `day`, so dragging the slider only redraws the marker.
  const barShapes = useMemo(() => {
    const peak = Math.max(1, busiest?.total ?? 0);
    return bins.map((bin) => {
      const width = bin.end - bin.start;
      const overlapping = coarse.filter((c) => c.start < bin.end && c.end > bin.start).length;
      const countKey: MessageKey = bin.total === 0 ? 'density.bar.none' : bin.total === 1 ? 'density.bar.one' : 'density.bar';
      const base = t(countKey, { month: monthWords(bin.month, lang), count: bin.total });
      const title = overlapping > 0 ? t('density.bar.coarse', { text: base, count: overlapping }) : base;
      let y = BARS_BOTTOM;
      const stack = [];
      for (const c of EVENT_CATEGORIES) {
        const n = bin.counts[c];
        if (n === 0) continue;
        const h = (n / peak) * BARS_HEIGHT;
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
    });
  }, [bins, coarse, busiest, t, lang]);

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

  const tickShapes = useMemo(() => {
    const hit = span * TICK_HIT_FRACTION;
    return ticks.map((k) => {
      const e = byId.get(k.id);
      const title = e
        ? t('density.tick', { date: formatPrecisionDate(e.date, e.precision, lang), title: localized(e.title, lang) })
        : k.id;
      const x = k.day + 0.5;
      return (
        <g key={k.id} className="density-tick" data-testid="density-tick" data-day={k.day}>
          <title>{title}</title>
          <rect className="density-hit" x={x - hit / 2} y={TICK_TOP} width={hit} height={TICK_BOTTOM - TICK_TOP} />
          <line
            x1={x}
            x2={x}
            y1={TICK_TOP + 1}
            y2={BARS_BOTTOM}
            stroke={CATEGORY_COLORS[k.category]}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      );
    });
  }, [ticks, byId, span, t, lang]);

  const laneRows = useMemo(
    () =>
      lanes.map((lane) => {
        const name = laneName(lane, checkpointNames, t('density.lane.border'));
        const shapes = lane.segments.map((s) => (
          <rect
            key={s.from}
            data-testid="density-segment"
            data-status={s.status}
            data-day={s.from}
            x={s.from}
            y={0}
            width={s.to - s.from}
            height={1}
            fill={STATUS_COLORS[s.status]}
            fillOpacity={s.status === 'unknown' ? UNKNOWN_OPACITY : 1}
          >
            <title>
              {t('density.segment', {
                lane: name,
                status: t(`density.status.${s.status}`),
                from: formatDay(s.from, lang),
                to: formatDay(s.to - 1, lang),
              })}
            </title>
          </rect>
        ));
        return { key: `${lane.kind}:${lane.id}`, name, lane, shapes };
      }),
    [lanes, checkpointNames, t, lang],
  );

  const counted = bins.reduce((sum, b) => sum + b.total, 0);
  const summary = [
    t(counted === 1 ? 'density.summary.events.one' : 'density.summary.events', { count: counted, months: bins.length }),
  ];
  // With at most one event a month every non-empty month ties, so "busiest" would name an arbitrary one.
  if (busiest && busiest.total > 1) {
    summary.push(t('density.summary.busiest', { month: monthWords(busiest.month, lang), count: busiest.total }));
  }
  if (coarse.length > 0) {
    summary.push(t(coarse.length === 1 ? 'density.summary.coarse.one' : 'density.summary.coarse', { count: coarse.length }));
  }
  if (laneRows.length > 0) {
    const list = laneRows
      .map((r) =>
        t('density.summary.statusItem', { lane: r.name, status: t(`density.status.${statusAtDay(r.lane.segments, day)}`) }),
      )
      .join('; ');
    summary.push(t('density.summary.status', { date: formatDay(day, lang), list }));
  }

  const viewBox = `${min} 0 ${span} ${BARS_BOTTOM}`;
  const marker = day >= min && day <= max ? day + 0.5 : null;
  const onClick = (e: MouseEvent<SVGSVGElement>) => pickFrom(e, onPick);

  return (
    // biome-ignore lint/a11y/useSemanticElements: not a form, so a fieldset would promise controls that are not there.
    <div className="density" role="group" aria-label={t('density.label')}>
      <p className="visually-hidden">{summary.join(' ')}</p>
      <div className="density-plot" aria-hidden="true">
        <svg className="density-chart" viewBox={viewBox} preserveAspectRatio="none" onClick={onClick} aria-hidden="true">
          {coarseShapes}
          {barShapes}
          {tickShapes}
          {marker !== null && (
            <line
              className="density-marker"
              x1={marker}
              x2={marker}
              y1={0}
              y2={BARS_BOTTOM}
              stroke={MARKER_COLOR}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          )}
        </svg>
        {laneRows.map((row) => (
          <div key={row.key} className="density-lane" data-lane={row.key}>
            <svg viewBox={`${min} 0 ${span} 1`} preserveAspectRatio="none" onClick={onClick} aria-hidden="true">
              {row.shapes}
              {marker !== null && (
                <line
                  x1={marker}
                  x2={marker}
                  y1={0}
                  y2={1}
                  stroke={MARKER_COLOR}
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                />
              )}
            </svg>
            <span className="density-lane-label">{row.name}</span>
          </div>
        ))}
      </div>
      <details className="density-key">
        <summary>{t('density.legend')}</summary>
        <ul>
          {EVENT_CATEGORIES.map((c) => (
            <li key={c}>
              <span className="density-swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              {t(`category.${c}`)}
            </li>
          ))}
          <li>
            <span className="density-swatch density-swatch-coarse" aria-hidden="true" />
            {t('density.legend.coarse')}
          </li>
          <li>
            <span
              className="density-swatch density-swatch-tick"
              style={{ background: CATEGORY_COLORS.treaty }}
              aria-hidden="true"
            />
            {t('density.legend.tick')}
          </li>
          <li>
            <span className="density-swatch density-swatch-marker" style={{ background: MARKER_COLOR }} aria-hidden="true" />
            {t('density.legend.marker')}
          </li>
          {LANE_STATUSES.map((s) => (
            <li key={s}>
              <span
                className="density-swatch density-swatch-lane"
                style={{ background: STATUS_COLORS[s], opacity: s === 'unknown' ? UNKNOWN_OPACITY : 1 }}
                aria-hidden="true"
              />
              {t(`density.legend.${s}`)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
