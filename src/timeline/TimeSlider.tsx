import { type KeyboardEvent, useMemo } from 'react';
import { useViewSplitTime } from '../components/useViewSplitTime';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import {
  selectCheckpointNames,
  selectFiltered,
  selectNeighbourDays,
  selectShownCount,
  selectViewSplit,
} from '../state/selectors';
import { useActions, useApp, useAppStore } from '../state/store';
import { DENSITY_READOUT_ID, DensityStrip } from './DensityStrip';
import { PlaybackControls } from './PlaybackControls';
import { ScaledRange } from './ScaledRange';
import { dayForKey } from './sliderKeys';
import { buildTimeScale } from './timeScale';
import { usePlayback } from './usePlayback';
import './timeline.css';

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
  const filtered = useApp(selectFiltered);
  const day = useApp((s) => s.day);
  const playing = useApp((s) => s.playing);
  const neighbours = useApp(selectNeighbourDays);
  const shown = useApp(selectShownCount);
  // Events far from the border area (capitals, summits) are shown but may lie outside the view.
  const deferredTime = useViewSplitTime();
  const inView = useApp((s) => selectViewSplit(s, deferredTime)?.inView ?? null);
  const checkpointNames = useApp(selectCheckpointNames);
  const { setDay, setPlaying } = useActions();
  usePlayback(store);
  // From the whole record, not the filtered events: the scale must not shift under the thumb when a filter changes.
  const scale = useMemo(
    () =>
      data
        ? buildTimeScale(
            data.extent,
            data.events.map((e) => e.startDay),
          )
        : null,
    [data],
  );

  if (!data || !scale) return null;
  const { extent } = data;
  const words = formatDay(day, lang);
  const { prev, next } = neighbours;

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
    <section id="timeline" className="timeline" aria-label={t('timeline.region')} onKeyDown={onSectionKeyDown}>
      <div className="timeline-row">
        <button type="button" className="timeline-step" onClick={() => prev !== null && setDay(prev)} disabled={prev === null}>
          <span aria-hidden="true">◀ </span>
          <span className="label-narrow-hidden">{t('timeline.previous')}</span>
        </button>
        <output className="timeline-date" aria-live="off">
          {words}
        </output>
        <button type="button" className="timeline-step" onClick={() => next !== null && setDay(next)} disabled={next === null}>
          <span className="label-narrow-hidden">{t('timeline.next')}</span>
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <DensityStrip
        events={filtered}
        scale={scale}
        day={day}
        lanes={data.statusLanes}
        checkpointNames={checkpointNames}
        onPick={setDay}
      />
      <ScaledRange
        scale={scale}
        day={day}
        label={t('timeline.label')}
        valueText={words}
        describedBy={DENSITY_READOUT_ID}
        onDay={setDay}
        onKeyDown={onRangeKeyDown}
      />
      <div className="timeline-scale" aria-hidden="true">
        <span className="timeline-count">
          {t('timeline.shown', { count: shown, total: data.events.length })}
          {inView === null ? null : ` · ${t('timeline.inView', { count: inView })}`}
        </span>
      </div>
      <PlaybackControls />
    </section>
  );
}
