import type { KeyboardEvent } from 'react';
import { fromDayNumber } from '../data/eventInterval';
import { formatDay } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { neighbourEventDay, revealedCount } from '../state/selectors';
import { useApp } from '../state/store';
import { dayForKey } from './sliderKeys';

/**
 * The date slider. A native range input keeps touch, pointer and screen-reader support; keys are
 * handled here so PageUp/PageDown move exactly one month rather than the browser's 10 %.
 */
export function TimeSlider() {
  const t = useT();
  const data = useApp((s) => s.data);
  const day = useApp((s) => s.day);
  const setDay = useApp((s) => s.setDay);
  if (!data) return null;
  const { extent, events } = data;
  const words = formatDay(day);
  const prev = neighbourEventDay(events, day, -1);
  const next = neighbourEventDay(events, day, 1);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = dayForKey(e.key, day, extent);
    if (target === null) return;
    e.preventDefault();
    setDay(target);
  };

  return (
    <section className="timeline" aria-label={t('timeline.region')}>
      <div className="timeline-row">
        <button type="button" className="timeline-step" onClick={() => prev !== null && setDay(prev)} disabled={prev === null}>
          <span aria-hidden="true">◀ </span>
          {t('timeline.previous')}
        </button>
        <output className="timeline-date" aria-live="off">
          {words}
        </output>
        <button type="button" className="timeline-step" onClick={() => next !== null && setDay(next)} disabled={next === null}>
          {t('timeline.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <input
        className="timeline-range"
        type="range"
        aria-label={t('timeline.label')}
        aria-valuetext={words}
        min={extent.min}
        max={extent.max}
        step={1}
        value={day}
        onChange={(e) => setDay(Number(e.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      <div className="timeline-scale" aria-hidden="true">
        <span>{fromDayNumber(extent.min).slice(0, 4)}</span>
        <span>{t('timeline.revealed', { count: revealedCount(events, day), total: events.length })}</span>
        <span>{fromDayNumber(extent.max).slice(0, 4)}</span>
      </div>
    </section>
  );
}
