import { useShallow } from 'zustand/react/shallow';
import { useT } from '../language/useT';
import { isSpeed, SPEED_NAMES } from '../model/speed';
import { isTimeMode, isWindowMonths, TIME_MODES, WINDOW_MONTHS } from '../model/timeMode';
import { useActions, useApp } from '../state/store';
import './timeline.css';

/** Play/Pause, speed, loop and the time mode: one row under the slider. */
export function PlaybackControls() {
  const t = useT();
  const { playing, speed, loop, mode, windowMonths } = useApp(
    useShallow((s) => ({ playing: s.playing, speed: s.speed, loop: s.loop, mode: s.mode, windowMonths: s.windowMonths })),
  );
  const { setPlaying, setSpeed, setLoop, setMode, setWindowMonths } = useActions();

  return (
    <div className="playback">
      <button type="button" className="playback-toggle" onClick={() => setPlaying(!playing)}>
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <label>
        {t('playback.speed')}{' '}
        <select
          value={speed}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isSpeed(value)) setSpeed(value);
          }}
        >
          {SPEED_NAMES.map((s) => (
            <option key={s} value={s}>
              {t(`playback.speed.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.currentTarget.checked)} /> {t('playback.loop')}
      </label>
      <label>
        {t('mode.label')}{' '}
        <select
          value={mode}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isTimeMode(value)) setMode(value);
          }}
        >
          {TIME_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {mode === 'window' ? (
        <label>
          {t('mode.windowMonths')}{' '}
          <select
            value={windowMonths}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (isWindowMonths(value)) setWindowMonths(value);
            }}
          >
            {WINDOW_MONTHS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
