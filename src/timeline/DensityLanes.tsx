import { type MouseEvent, useMemo } from 'react';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import type { StatusLane } from '../model/crossingStatus';
import { STATUS_COLORS } from '../model/palette';
import { DayMarker } from './DayMarker';
import { UNKNOWN_OPACITY } from './densityLayout';

/** One row per lane (the border, then each crossing): its status segments over the extent, named. */
export function DensityLanes({
  lanes,
  laneName,
  min,
  span,
  marker,
  onClick,
}: {
  lanes: readonly StatusLane[];
  laneName: (lane: StatusLane) => string;
  min: number;
  span: number;
  marker: number | null;
  onClick: (e: MouseEvent<SVGSVGElement>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const rows = useMemo(
    () =>
      lanes.map((lane) => {
        const name = laneName(lane);
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
        return { key: `${lane.kind}:${lane.id}`, name, shapes };
      }),
    [lanes, laneName, t, lang],
  );
  return (
    <>
      {rows.map((row) => (
        <div key={row.key} className="density-lane" data-lane={row.key}>
          <svg viewBox={`${min} 0 ${span} 1`} preserveAspectRatio="none" onClick={onClick} aria-hidden="true">
            {row.shapes}
            <DayMarker x={marker} height={1} />
          </svg>
          <span className="density-lane-label">{row.name}</span>
        </div>
      ))}
    </>
  );
}
