import { type MouseEvent, useMemo } from 'react';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import type { StatusLane } from '../model/crossingStatus';
import { STATUS_COLORS } from '../model/palette';
import { DayMarker } from './DayMarker';
import { UNKNOWN_OPACITY, X_UNITS, xUnits } from './densityLayout';
import type { TimeScale } from './timeScale';

/**
 * One row per lane (the border, then each crossing): its status segments over the extent, named.
 * A click picks the day under the pointer (through the scale), not the segment's first day: a
 * status can last years, and the reader pointed at a date inside it.
 */
export function DensityLanes({
  lanes,
  laneName,
  scale,
  marker,
  onClick,
}: {
  lanes: readonly StatusLane[];
  laneName: (lane: StatusLane) => string;
  scale: TimeScale;
  /** The marker's x in viewBox units, or null when the day is outside the extent. */
  marker: number | null;
  onClick: (e: MouseEvent<SVGSVGElement>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const rows = useMemo(
    () =>
      lanes.map((lane) => {
        const name = laneName(lane);
        const shapes = lane.segments.map((s) => {
          const left = xUnits(scale, s.from);
          return (
            <rect
              key={s.from}
              data-testid="density-segment"
              data-status={s.status}
              data-from={s.from}
              x={left}
              y={0}
              width={xUnits(scale, s.to) - left}
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
          );
        });
        return { key: `${lane.kind}:${lane.id}`, name, shapes };
      }),
    [lanes, laneName, scale, t, lang],
  );
  return (
    <>
      {rows.map((row) => (
        <div key={row.key} className="density-lane" data-lane={row.key}>
          <svg viewBox={`0 0 ${X_UNITS} 1`} preserveAspectRatio="none" onClick={onClick} aria-hidden="true">
            {row.shapes}
            <DayMarker x={marker} height={1} />
          </svg>
          <span className="density-lane-label">{row.name}</span>
        </div>
      ))}
    </>
  );
}
