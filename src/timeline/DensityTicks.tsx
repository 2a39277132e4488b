import { useMemo } from 'react';
import { formatPrecisionDate } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { localized } from '../model/localized';
import { CATEGORY_COLORS } from '../model/palette';
import type { TimedEvent } from '../model/timedEvent';
import { ticksFor } from './density';
import { BARS_BOTTOM, MAX_TICKS, TICK_BOTTOM, TICK_HIT_FRACTION, TICK_TOP, X_UNITS, xUnits } from './densityLayout';
import type { TimeScale } from './timeScale';

/** A hairline for each milestone (treaties, agreements) at the day it is revealed, with a wider hit area. */
export function DensityTicks({ events, scale }: { events: readonly TimedEvent[]; scale: TimeScale }) {
  const t = useT();
  const lang = useLang();
  const shapes = useMemo(() => {
    const all = ticksFor(events).filter((k) => k.day >= scale.min && k.day <= scale.max);
    if (all.length > MAX_TICKS) return [];
    const byId = new Map(events.map((e) => [e.id, e]));
    const hit = X_UNITS * TICK_HIT_FRACTION;
    return all.map((k) => {
      const e = byId.get(k.id);
      const title = e
        ? t('density.tick', { date: formatPrecisionDate(e.date, e.precision, lang), title: localized(e.title, lang) })
        : k.id;
      const x = xUnits(scale, k.day + 0.5);
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
  }, [events, scale, t, lang]);
  return <>{shapes}</>;
}
