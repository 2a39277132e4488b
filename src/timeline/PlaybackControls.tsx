import { useShallow } from 'zustand/react/shallow';
import { useT } from '../language/useT';
import { SPEED_NAMES } from '../model/speed';
import { TIME_MODES, WINDOW_MONTHS } from '../model/timeMode';
import { useActions, useApp } from '../state/store';
import { ChoiceSelect } from './ChoiceSelect';
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
      <ChoiceSelect
        label={t('playback.speed')}
        value={speed}
        options={SPEED_NAMES}
        optionLabel={(s) => t(`playback.speed.${s}`)}
        onChange={setSpeed}
      />
      <label>
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.currentTarget.checked)} /> {t('playback.loop')}
      </label>
      <ChoiceSelect
        label={t('mode.label')}
        value={mode}
        options={TIME_MODES}
        optionLabel={(m) => t(`mode.${m}`)}
        onChange={setMode}
      />
      {mode === 'window' ? (
        <ChoiceSelect
          label={t('mode.windowMonths')}
          value={windowMonths}
          options={WINDOW_MONTHS}
          optionLabel={String}
          onChange={setWindowMonths}
        />
      ) : null}
    </div>
  );
}
