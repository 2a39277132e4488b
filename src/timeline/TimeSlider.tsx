import { type KeyboardEvent, useMemo } from 'react';
import { fromDayNumber } from '../data/eventInterval';
import { localized } from '../events/localized';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../i18n/useT';
import { neighbourEventDay } from '../state/selectors';
import { useApp, useAppStore } from '../state/store';
import { countInMode } from '../state/timeMode';
import { DensityStrip } from './DensityStrip';
import { PlaybackControls } from './PlaybackControls';
import { dayForKey } from './sliderKeys';
import { usePlayback } from './usePlayback';

/** Keys that already mean something on these controls: Space must not also toggle playback there. */
function spaceIsTaken(target: EventTarget): boolean {
  if (target instanceof HTMLInputElement) return target.type !== 'range';
  return target instanceof HTMLElement && ['BUTTON', 'SELECT', 'TEXTAREA', 'A'].includes(target.tagName);
}

/**
 * The date slider and its controls. A native range input keeps touch, pointer and screen-reader
 * support; keys are handled here so PageUp/PageDown move exactly one month rather than 10 %.
 */
export function TimeSlider() {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const data = useApp((s) => s.data);
  const filtered = useApp((s) => s.filtered);
  const day = useApp((s) => s.day);
  const mode = useApp((s) => s.mode);
  const windowMonths = useApp((s) => s.windowMonths);
  const playing = useApp((s) => s.playing);
  const setDay = useApp((s) => s.setDay);
  const setPlaying = useApp((s) => s.setPlaying);
  usePlayback(store);
  const checkpointNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const id of Object.keys(data?.checkpointStates ?? {})) names[id] = localized(data?.places[id]?.name, lang) || id;
    return names;
  }, [data, lang]);
  if (!data) return null;
  const { extent } = data;
  const words = formatDay(day, lang);
  const prev = neighbourEventDay(filtered, day, -1);
  const next = neighbourEventDay(filtered, day, 1);
  const shown = countInMode(filtered, day, mode, windowMonths);

  const onRangeKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = dayForKey(e.key, day, extent);
    if (target === null) return;
    e.preventDefault();
    setDay(target);
  };
  const onSectionKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== ' ' || spaceIsTaken(e.target)) return;
    e.preventDefault();
    setPlaying(!playing);
  };

  return (
    <section className="timeline" aria-label={t('timeline.region')} onKeyDown={onSectionKeyDown}>
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
      <DensityStrip
        events={filtered}
        extent={extent}
        day={day}
        borderStates={data.borderStates}
        checkpointStates={data.checkpointStates}
        checkpointNames={checkpointNames}
        onPick={setDay}
      />
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
        onKeyDown={onRangeKeyDown}
      />
      <div className="timeline-scale" aria-hidden="true">
        <span>{fromDayNumber(extent.min).slice(0, 4)}</span>
        <span>{t('timeline.shown', { count: shown, total: data.events.length })}</span>
        <span>{fromDayNumber(extent.max).slice(0, 4)}</span>
      </div>
      <PlaybackControls />
    </section>
  );
}
