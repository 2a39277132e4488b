import { useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { formatDay } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/messages.en';
import { useT } from '../language/useT';
import { MAP_ATTRIBUTION } from '../map/attribution';
import { useMapController } from '../map/MapContext';
import type { MapFrameSource } from '../map/videoFrames';
import { fromDayNumber, toDayNumber } from '../model/days';
import { isIsoDay } from '../model/isoDate';
import { SPEED_NAMES, type Speed } from '../model/speed';
import { selectFiltered, selectSelectedEvent } from '../state/selectors';
import { useApp, useAppStore } from '../state/store';
import { drawVideoFrame } from './drawVideoFrame';
import { BITS_PER_SECOND, RecordingCancelled, type RecordingSupport, recordingSupport, recordVideo } from './recordVideo';
import { videoContent } from './videoContent';
import { type VideoLayout, videoLayout } from './videoLayout';
import {
  announcedPercent,
  DEFAULT_FRAME_RATE,
  defaultPeriod,
  FRAME_RATES,
  type FrameRate,
  planVideo,
  VIDEO_HEIGHT,
  VIDEO_WIDTH,
  type VideoProblem,
} from './videoPlan';
import './video.css';

type Phase =
  | { kind: 'form' }
  | { kind: 'recording'; done: number; total: number }
  | { kind: 'done'; url: string; fileName: string; seconds: number; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; reason: string };

function dayOrNull(iso: string): number | null {
  return isIsoDay(iso) ? toDayNumber(iso) : null;
}

/** Loaded on first use: the recorder, the WebM writer and the frame drawing stay out of the first load. */
export default function VideoDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStore();
  const map = useMapController();
  const lang = useApp((s) => s.lang);
  const extent = useApp((s) => s.data?.extent ?? null);
  // Asked once, before the form: a reader should not fill it in for a browser that cannot record.
  const [support, setSupport] = useState<RecordingSupport | null>(null);
  useEffect(() => {
    let live = true;
    void recordingSupport({ width: VIDEO_WIDTH, height: VIDEO_HEIGHT, fps: DEFAULT_FRAME_RATE, bitsPerSecond: BITS_PER_SECOND })
      .catch((): RecordingSupport => ({ ok: false, reason: 'noRecorder' }))
      .then((answer) => {
        if (live) setSupport(answer);
      });
    return () => {
      live = false;
    };
  }, []);
  const initial = useMemo(() => {
    const s = store.getState();
    return s.data ? defaultPeriod({ day: s.day, mode: s.mode, windowMonths: s.windowMonths }, s.data.extent) : null;
  }, [store]);
  const [from, setFrom] = useState(initial ? fromDayNumber(initial.from) : '');
  const [to, setTo] = useState(initial ? fromDayNumber(initial.to) : '');
  const [speed, setSpeed] = useState<Speed>(() => store.getState().speed);
  const [fps, setFps] = useState<FrameRate>(DEFAULT_FRAME_RATE);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const recordRef = useRef<HTMLButtonElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const downloadRef = useRef<HTMLAnchorElement>(null);
  // Each phase removes the control that started it (Record, Cancel): the focus is put on the next
  // thing to do, never left to fall to <body> where a keyboard or screen-reader user is lost.
  const phaseKind = phase.kind;
  useEffect(() => {
    if (phaseKind === 'recording') cancelRef.current?.focus();
    else if (phaseKind === 'done') downloadRef.current?.focus();
    else if (phaseKind === 'cancelled' || phaseKind === 'error') {
      const button = recordRef.current;
      if (button && !button.disabled) button.focus();
      else fromRef.current?.focus();
    }
  }, [phaseKind]);

  const plan = useMemo(
    () => (extent ? planVideo({ from: dayOrNull(from), to: dayOrNull(to), speed, fps }, extent) : null),
    [extent, from, to, speed, fps],
  );
  const url = phase.kind === 'done' ? phase.url : null;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  // Closing the dialog mid-way is a Cancel: the recording stops and the date goes back.
  useEffect(() => () => abortRef.current?.abort(), []);

  const problemText = (p: VideoProblem): string => {
    switch (p.key) {
      case 'video.error.outside':
        return t(p.key, { min: formatDay(p.min, lang), max: formatDay(p.max, lang) });
      case 'video.error.tooLong':
        return t(p.key, { seconds: p.seconds, max: p.max });
      default:
        return t(p.key);
    }
  };

  const record = async () => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!plan?.ok || !support?.ok || !map || !canvas || !ctx) return;
    const { days, fps: rate } = plan.plan;
    const s = store.getState();
    const startDay = s.day;
    // Play would move the date under the recorder; it is stopped, not restarted afterwards.
    if (s.playing) s.setPlaying(false);
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: 'recording', done: 0, total: days.length });
    let source: MapFrameSource | null = null;
    try {
      const { attributionText } = await import('../export/attributionText');
      const content = videoContent({
        lang: s.lang,
        view: { mode: s.mode, windowMonths: s.windowMonths },
        layers: s.layers,
        events: selectFiltered(s),
        selected: selectSelectedEvent(s),
        days,
        attribution: MAP_ATTRIBUTION.map(attributionText),
      });
      // The canvas draws with the app's font only once its faces are loaded; the font is split by
      // script (Latin, Cyrillic, Cyrillic Extended for ӣ ҳ ң…), so the words themselves are given.
      const words = [content.title, ...content.dateTexts.slice(0, 1), content.mode, content.caveat, content.selected ?? '']
        .concat(
          content.categories.map((e) => e.label),
          content.mapKey.map((e) => e.label),
          content.attribution,
        )
        .join(' ');
      await Promise.all(
        ['600 16px "Noto Sans"', '16px "Noto Sans"'].map((css) => document.fonts?.load(css, words).catch(() => undefined)),
      );
      const mapCanvas = document.createElement('canvas');
      // The map's box in the frame: the layout's, known before any frame is drawn.
      const box = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1, 1, 1, content).map;
      source = await map.videoFrames(box);
      const frames = source;
      const measure = (text: string, f: { css: string }) => {
        ctx.font = f.css;
        return ctx.measureText(text).width;
      };
      let layout: VideoLayout | null = null;
      const blob = await recordVideo({
        days,
        fps: rate,
        how: support,
        canvas,
        signal: controller.signal,
        drawDay: async (day, k) => {
          store.getState().setDay(day);
          const frame = await frames.next(mapCanvas);
          layout ??= videoLayout(
            VIDEO_WIDTH,
            VIDEO_HEIGHT,
            frame.canvas.width,
            frame.canvas.height,
            frame.pixelRatio,
            {
              ...content,
              metersPerPixel: frame.metersPerPixel,
            },
            measure,
          );
          drawVideoFrame(ctx, layout, frame.canvas, content.dateTexts[k] ?? '');
        },
        onProgress: (done) => setPhase({ kind: 'recording', done, total: days.length }),
      });
      const first = fromDayNumber(days[0] ?? startDay);
      const last = fromDayNumber(days[days.length - 1] ?? startDay);
      setPhase({
        kind: 'done',
        url: URL.createObjectURL(blob),
        fileName: `kg-tj-border-map-${first}-to-${last}.webm`,
        seconds: plan.plan.seconds,
        bytes: blob.size,
      });
    } catch (error) {
      if (error instanceof RecordingCancelled) setPhase({ kind: 'cancelled' });
      else setPhase({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      abortRef.current = null;
      source?.release();
      store.getState().setDay(startDay);
    }
  };

  const recording = phase.kind === 'recording';
  const unsupported: MessageKey | null = !support || support.ok ? null : `video.${support.reason}`;
  return (
    <Dialog title={t('video.title')} closeLabel={t('video.close')} onClose={onClose} className="video-dialog">
      {support === null ? (
        <p role="status">{t('video.checking')}</p>
      ) : unsupported ? (
        <p className="video-message is-error" role="alert">
          {t(unsupported)}
        </p>
      ) : (
        <>
          <p className="video-intro">{t('video.intro')}</p>
          <form
            className="video-form"
            onSubmit={(e) => {
              e.preventDefault();
              void record();
            }}
          >
            <fieldset disabled={recording}>
              <label>
                {t('video.from')}
                <input
                  ref={fromRef}
                  type="date"
                  value={from}
                  min={extent ? fromDayNumber(extent.min) : undefined}
                  max={extent ? fromDayNumber(extent.max) : undefined}
                  onChange={(e) => setFrom(e.target.value)}
                />
              </label>
              <label>
                {t('video.to')}
                <input
                  type="date"
                  value={to}
                  min={extent ? fromDayNumber(extent.min) : undefined}
                  max={extent ? fromDayNumber(extent.max) : undefined}
                  onChange={(e) => setTo(e.target.value)}
                />
              </label>
              <label>
                {t('video.speed')}
                <select value={speed} onChange={(e) => setSpeed(e.target.value as Speed)}>
                  {SPEED_NAMES.map((name) => (
                    <option key={name} value={name}>
                      {t(`playback.speed.${name}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('video.fps')}
                <select value={fps} onChange={(e) => setFps(Number(e.target.value) as FrameRate)}>
                  {FRAME_RATES.map((rate) => (
                    <option key={rate} value={rate}>
                      {t('video.fpsValue', { fps: rate })}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
            {plan?.ok ? (
              <p className="video-summary">
                {t('video.summary', { frames: plan.plan.days.length, seconds: Math.round(plan.plan.seconds * 10) / 10 })}
              </p>
            ) : (
              <ul className="video-problems" role="alert">
                {plan?.problems.map((p) => (
                  <li key={p.key}>{problemText(p)}</li>
                ))}
              </ul>
            )}
            {recording ? null : (
              <button ref={recordRef} type="submit" disabled={!plan?.ok || !map}>
                {t('video.record')}
              </button>
            )}
          </form>
          <canvas ref={canvasRef} className="video-canvas" width={VIDEO_WIDTH} height={VIDEO_HEIGHT} hidden={!recording} />
          {recording ? (
            <div className="video-progress">
              <p>{t('video.recording')}</p>
              {/* A fixed name: the bar's value is read on demand, not announced at every frame. */}
              <progress value={phase.done} max={phase.total} aria-label={t('video.progressLabel')} />
              <p className="video-frame-count">{t('video.progress', { done: phase.done, total: phase.total })}</p>
              {/* The live region changes only every tenth of the way: a 20 s clip has 500 frames. */}
              <p role="status">{t('video.progressStep', { percent: announcedPercent(phase.done, phase.total) })}</p>
              <button ref={cancelRef} type="button" onClick={() => abortRef.current?.abort()}>
                {t('video.cancel')}
              </button>
            </div>
          ) : null}
          {phase.kind === 'done' ? (
            <div className="video-result">
              <p role="status">
                {t('video.done', { seconds: Math.round(phase.seconds * 10) / 10, size: Math.round(phase.bytes / 100_000) / 10 })}
              </p>
              {/* biome-ignore lint/a11y/useMediaCaption: the video has no speech; its words are in the picture. */}
              <video className="video-preview" src={phase.url} controls aria-label={t('video.preview')} />
              <a ref={downloadRef} className="video-download" href={phase.url} download={phase.fileName}>
                {t('video.download')}
              </a>
            </div>
          ) : null}
          {phase.kind === 'cancelled' ? <p role="status">{t('video.cancelled')}</p> : null}
          {phase.kind === 'error' ? (
            <p className="video-message is-error" role="alert">
              {t('video.failed', { reason: phase.reason })}
            </p>
          ) : null}
        </>
      )}
    </Dialog>
  );
}
