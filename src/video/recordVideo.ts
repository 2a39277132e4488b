import { type EncodedFrame, muxWebm } from './webmMuxer';

/*
 * The recorder: one frame per date, in order, drawn on a 2D canvas and encoded.
 *
 * Timing. Software WebGL draws a date in a few hundred milliseconds, far slower than the video's
 * frame rate, so the file's clock must not be the wall clock. With WebCodecs (Chromium, Edge,
 * Firefox 130+, where VP9 or VP8 encoding is offered) each frame is stamped k/fps and the WebM is written here
 * (webmMuxer.ts): the file runs exactly frames ÷ fps seconds however long drawing took, and the
 * recording takes only as long as the drawing. Elsewhere MediaRecorder over canvas.captureStream(0)
 * is paused while a date is drawn and resumed for one frame's time (recordStream): close, not exact.
 */

/** WebM types to ask MediaRecorder for, best first: VP9 is smaller for the same quality, VP8 plays everywhere. */
const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const;
/** WebCodecs codec strings and their WebM names: VP9 profile 0, 8-bit; then VP8. */
const ENCODER_CODECS = [
  { codec: 'vp09.00.31.08', codecId: 'V_VP9' },
  { codec: 'vp8', codecId: 'V_VP8' },
] as const;

export type RecordingSupport =
  | { ok: true; method: 'webcodecs'; codec: string; codecId: string }
  | { ok: true; method: 'mediarecorder'; mimeType: string }
  | { ok: false; reason: 'noRecorder' | 'noCapture' | 'noWebm' };

export interface RecordingSize {
  width: number;
  height: number;
  fps: number;
  bitsPerSecond: number;
}

/** About 5 Mbit/s keeps a 720p map's lines and small text crisp. */
export const BITS_PER_SECOND = 5_000_000;

/**
 * How this browser can record a canvas to WebM: WebCodecs (exact timing) where it encodes VP9 or
 * VP8 at this size, else MediaRecorder over canvas.captureStream, else why not. Asked before the
 * form is shown, so nobody fills it in for a browser that cannot record.
 */
export async function recordingSupport(size: RecordingSize, win: typeof globalThis = globalThis): Promise<RecordingSupport> {
  const Encoder = (win as { VideoEncoder?: typeof VideoEncoder }).VideoEncoder;
  const Frame = (win as { VideoFrame?: typeof VideoFrame }).VideoFrame;
  if (typeof Encoder === 'function' && typeof Frame === 'function' && typeof Encoder.isConfigSupported === 'function') {
    for (const { codec, codecId } of ENCODER_CODECS) {
      const answer = await Encoder.isConfigSupported({
        codec,
        width: size.width,
        height: size.height,
        bitrate: size.bitsPerSecond,
        framerate: size.fps,
      }).catch(() => null);
      if (answer?.supported) return { ok: true, method: 'webcodecs', codec, codecId };
    }
  }
  const Recorder = (win as { MediaRecorder?: typeof MediaRecorder }).MediaRecorder;
  if (typeof Recorder !== 'function') return { ok: false, reason: 'noRecorder' };
  const Canvas = (win as { HTMLCanvasElement?: typeof HTMLCanvasElement }).HTMLCanvasElement;
  if (typeof Canvas !== 'function' || typeof Canvas.prototype.captureStream !== 'function') {
    return { ok: false, reason: 'noCapture' };
  }
  const mimeType = WEBM_TYPES.find((type) => typeof Recorder.isTypeSupported === 'function' && Recorder.isTypeSupported(type));
  return mimeType ? { ok: true, method: 'mediarecorder', mimeType } : { ok: false, reason: 'noWebm' };
}

export interface RecordJob {
  days: readonly number[];
  fps: number;
  how: Extract<RecordingSupport, { ok: true }>;
  /** The canvas the frames are composed on, and captured from. */
  canvas: HTMLCanvasElement;
  /** Shows `day` and composes its frame on the canvas; resolves when the canvas holds it. */
  drawDay: (day: number, index: number) => Promise<void>;
  onProgress: (framesDone: number) => void;
  signal: AbortSignal;
  bitsPerSecond?: number;
}

export class RecordingCancelled extends Error {
  constructor() {
    super('The recording was cancelled.');
    this.name = 'RecordingCancelled';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Draws a date, or gives up as soon as Cancel is pressed: the map may take long to draw (or not draw
 * at all while the tab is hidden), and Cancel must not wait for it.
 */
function drawOrCancel(job: RecordJob, k: number): Promise<void> {
  const { signal } = job;
  if (signal.aborted) return Promise.reject(new RecordingCancelled());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new RecordingCancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    job.drawDay(job.days[k] as number, k).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function stopped(recorder: MediaRecorder): Promise<void> {
  return new Promise((resolve) => {
    if (recorder.state === 'inactive') resolve();
    else recorder.addEventListener('stop', () => resolve(), { once: true });
  });
}

/** Records `days` in order; resolves with the WebM, rejects with RecordingCancelled on abort. */
export function recordVideo(job: RecordJob): Promise<Blob> {
  return job.how.method === 'webcodecs' ? encodeFrames(job, job.how) : recordStream(job, job.how.mimeType);
}

/** Frames kept waiting for the encoder at most: drawing waits rather than piling up memory. */
const MAX_QUEUE = 4;
/** A key frame every two seconds: where a player can seek to (and where a cluster starts). */
const KEY_EVERY_SECONDS = 2;

/** WebCodecs: each frame is stamped k/fps and encoded; the WebM is written by webmMuxer. */
async function encodeFrames(job: RecordJob, how: { codec: string; codecId: string }): Promise<Blob> {
  const { canvas, days, fps, signal } = job;
  const frames: EncodedFrame[] = [];
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk) => {
      const data = new Uint8Array(chunk.byteLength);
      chunk.copyTo(data);
      frames.push({ timestamp: chunk.timestamp, key: chunk.type === 'key', data });
    },
    error: (e) => {
      failure = e instanceof Error ? e : new Error(String(e));
    },
  });
  try {
    encoder.configure({
      codec: how.codec,
      width: canvas.width,
      height: canvas.height,
      bitrate: job.bitsPerSecond ?? BITS_PER_SECOND,
      framerate: fps,
    });
    const keyEvery = Math.max(1, Math.round(fps * KEY_EVERY_SECONDS));
    for (let k = 0; k < days.length; k++) {
      if (signal.aborted) throw new RecordingCancelled();
      if (failure) throw failure;
      await drawOrCancel(job, k);
      if (signal.aborted) throw new RecordingCancelled();
      const frame = new VideoFrame(canvas, { timestamp: Math.round((k * 1e6) / fps), duration: Math.round(1e6 / fps) });
      try {
        encoder.encode(frame, { keyFrame: k % keyEvery === 0 });
      } finally {
        frame.close();
      }
      while (encoder.encodeQueueSize > MAX_QUEUE && !failure) await sleep(5);
      job.onProgress(k + 1);
    }
    await encoder.flush();
    if (failure) throw failure;
    frames.sort((a, b) => a.timestamp - b.timestamp);
    return muxWebm({ codecId: how.codecId, width: canvas.width, height: canvas.height, fps }, frames);
  } finally {
    if (encoder.state !== 'closed') encoder.close();
  }
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * MediaRecorder, where WebCodecs is missing. It stamps frames with the wall clock, so it is paused
 * while a date is drawn and resumed for one frame's time; the frame is requested and two paints
 * are awaited (the canvas is captured when the page paints) before the hold ends. Timing is only as
 * good as the browser's timers: the WebCodecs path is preferred wherever it exists.
 */
async function recordStream(job: RecordJob, mimeType: string): Promise<Blob> {
  const { canvas, days, fps, signal } = job;
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as (MediaStreamTrack & { requestFrame?: () => void }) | undefined;
  if (!track || typeof track.requestFrame !== 'function') {
    for (const t of stream.getTracks()) t.stop();
    throw new Error('This browser cannot add frames to a canvas stream one at a time (requestFrame).');
  }
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: job.bitsPerSecond ?? BITS_PER_SECOND });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  let failure: Error | null = null;
  recorder.addEventListener('error', (e) => {
    failure = (e as Event & { error?: Error }).error ?? new Error('The browser stopped the recording.');
  });
  const frameMs = 1000 / fps;
  let unpausedMs = 0;
  try {
    for (let k = 0; k < days.length; k++) {
      if (signal.aborted) throw new RecordingCancelled();
      if (failure) throw failure;
      await drawOrCancel(job, k);
      if (signal.aborted) throw new RecordingCancelled();
      const resumedAt = performance.now();
      if (recorder.state === 'inactive') recorder.start();
      else recorder.resume();
      track.requestFrame();
      await nextPaint();
      await sleep((k + 1) * frameMs - unpausedMs);
      recorder.pause();
      unpausedMs += performance.now() - resumedAt;
      job.onProgress(k + 1);
    }
    const done = stopped(recorder);
    recorder.stop();
    await done;
    if (failure) throw failure;
    return new Blob(chunks, { type: mimeType.split(';')[0] });
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    for (const t of stream.getTracks()) t.stop();
  }
}
