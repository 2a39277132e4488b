import { useT } from '../i18n/useT';
import { useApp } from '../state/store';
import { isTimeMode, isWindowMonths, TIME_MODES, WINDOW_MONTHS } from '../state/timeMode';
import { SPEED_NAMES, type Speed } from './playback';

/** Play/Pause, speed, loop and the time mode: one row under the slider. */
export function PlaybackControls() {
  const t = useT();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const loop = useApp((s) => s.loop);
  const mode = useApp((s) => s.mode);
  const windowMonths = useApp((s) => s.windowMonths);
  const setPlaying = useApp((s) => s.setPlaying);
  const setSpeed = useApp((s) => s.setSpeed);
  const setLoop = useApp((s) => s.setLoop);
  const setMode = useApp((s) => s.setMode);
  const setWindowMonths = useApp((s) => s.setWindowMonths);

  return (
    <div className="playback">
      <button type="button" className="playback-toggle" onClick={() => setPlaying(!playing)}>
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <label>
        {t('playback.speed')}{' '}
        <select value={speed} onChange={(e) => setSpeed(e.currentTarget.value as Speed)}>
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
