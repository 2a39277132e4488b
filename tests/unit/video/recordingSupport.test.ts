import { describe, expect, it } from 'vitest';
import { frameRatio } from '../../../src/map/videoFrames';
import { recordingSupport } from '../../../src/video/recordVideo';

const SIZE = { width: 1280, height: 720, fps: 25, bitsPerSecond: 5e6 };

class Canvas {}
(Canvas.prototype as unknown as { captureStream: () => void }).captureStream = () => undefined;

function recorder(types: string[]) {
  return Object.assign(function fakeRecorder() {}, { isTypeSupported: (t: string) => types.includes(t) });
}
function encoder(codecs: string[]) {
  return Object.assign(function fakeEncoder() {}, {
    isConfigSupported: async (c: { codec: string }) => ({ supported: codecs.includes(c.codec) }),
  });
}
function fakeFrame() {}
const win = (parts: Record<string, unknown>) => parts as unknown as typeof globalThis;

describe('recordingSupport', () => {
  it('prefers WebCodecs VP9, then VP8', async () => {
    const frame = fakeFrame;
    expect(await recordingSupport(SIZE, win({ VideoEncoder: encoder(['vp09.00.31.08', 'vp8']), VideoFrame: frame }))).toEqual({
      ok: true,
      method: 'webcodecs',
      codec: 'vp09.00.31.08',
      codecId: 'V_VP9',
    });
    expect(await recordingSupport(SIZE, win({ VideoEncoder: encoder(['vp8']), VideoFrame: frame }))).toMatchObject({
      codecId: 'V_VP8',
    });
  });

  it('falls back to MediaRecorder with a WebM type', async () => {
    const w = win({
      VideoEncoder: encoder([]),
      VideoFrame: fakeFrame,
      MediaRecorder: recorder(['video/webm;codecs=vp8']),
      HTMLCanvasElement: Canvas,
    });
    expect(await recordingSupport(SIZE, w)).toEqual({ ok: true, method: 'mediarecorder', mimeType: 'video/webm;codecs=vp8' });
  });

  it('says why it cannot record: no recorder, no canvas capture, no WebM', async () => {
    expect(await recordingSupport(SIZE, win({}))).toEqual({ ok: false, reason: 'noRecorder' });
    expect(await recordingSupport(SIZE, win({ MediaRecorder: recorder(['video/webm']), HTMLCanvasElement: class {} }))).toEqual({
      ok: false,
      reason: 'noCapture',
    });
    expect(await recordingSupport(SIZE, win({ MediaRecorder: recorder(['video/mp4']), HTMLCanvasElement: Canvas }))).toEqual({
      ok: false,
      reason: 'noWebm',
    });
  });
});

describe('frameRatio', () => {
  it('draws the whole map large enough to fill its fitted place in the frame’s map box without enlarging', () => {
    // A 450 × 275 map fitted whole into 896 × 720 meets the box's sides: 896/450 → 1.99…, rounded up to 2.
    expect(frameRatio(450, 275, 1, { width: 896, height: 720 })).toBe(2);
    // A tall 200 × 300 map meets the top and bottom: 720/300 = 2.4 (a crop would have needed 4.48).
    expect(frameRatio(200, 300, 1, { width: 896, height: 720 })).toBe(2.4);
    // A 900 × 517 map (a laptop's) fits at its own size: nothing cut, nothing enlarged.
    expect(frameRatio(900, 517, 1, { width: 896, height: 720 })).toBe(1);
  });

  it('never lowers the screen’s ratio, and stays within the largest canvas', () => {
    expect(frameRatio(1600, 1200, 2, { width: 896, height: 720 })).toBe(2);
    expect(frameRatio(100, 50, 1, { width: 20_000, height: 10_000 })).toBeLessThanOrEqual(4096 / 100);
    expect(frameRatio(0, 0, 1.5, { width: 896, height: 720 })).toBe(1.5);
  });
});
