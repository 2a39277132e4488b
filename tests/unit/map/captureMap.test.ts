import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CAPTURE_TIMEOUT_MS,
  type CapturableMap,
  captureMapCanvas,
  captureRatio,
  captureSharpMap,
  MAX_CAPTURE_SIDE,
  MIN_CAPTURE_WIDTH,
  type SharpCapturableMap,
} from '../../../src/map/captureMap';

interface FakeCanvas {
  width: number;
  height: number;
  drawn: { source: unknown; frame: number }[];
  getContext: (kind: string) => { drawImage: (source: unknown) => void } | null;
}

/** A map whose WebGL buffer only holds the frame while 'render' listeners run, as without preserveDrawingBuffer. */
function fakeMap() {
  const listeners: (() => void)[] = [];
  const glCanvas = { width: 800, height: 600, frame: 0, readable: false };
  const map = {
    repaints: 0,
    once(type: string, listener: () => void) {
      if (type === 'render') listeners.push(listener);
      return map;
    },
    triggerRepaint() {
      map.repaints++;
    },
    getCanvas() {
      return glCanvas;
    },
    /** What MapLibre does on the next animation frame after a repaint request. */
    renderFrame() {
      glCanvas.frame++;
      glCanvas.readable = true;
      for (const l of listeners.splice(0)) l();
      glCanvas.readable = false;
    },
  };
  return { map, glCanvas, asMap: map as unknown as CapturableMap };
}

function makeCanvas(contextOk = true) {
  const made: FakeCanvas[] = [];
  const create = (width: number, height: number) => {
    const canvas: FakeCanvas = {
      width,
      height,
      drawn: [],
      getContext: () =>
        contextOk
          ? {
              drawImage: (source: unknown) => {
                const gl = source as { frame: number; readable: boolean };
                if (!gl.readable) throw new Error('read outside the frame: blank image');
                canvas.drawn.push({ source, frame: gl.frame });
              },
            }
          : null,
    };
    made.push(canvas);
    return canvas as unknown as HTMLCanvasElement;
  };
  return { made, create };
}

describe('captureMapCanvas', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('requests a repaint and copies the WebGL canvas inside the render handler, at full size', async () => {
    const { map, glCanvas, asMap } = fakeMap();
    const { made, create } = makeCanvas();
    const promise = captureMapCanvas(asMap, { createCanvas: create });
    expect(map.repaints).toBe(1);
    expect(made).toHaveLength(0);
    map.renderFrame();
    const canvas = await promise;
    expect(canvas).toBe(made[0]);
    expect(made[0]).toMatchObject({ width: 800, height: 600 });
    expect(made[0]?.drawn).toEqual([{ source: glCanvas, frame: 1 }]);
  });

  it('rejects with a clear error when no frame comes within the timeout', async () => {
    vi.useFakeTimers();
    const { map, asMap } = fakeMap();
    const { made, create } = makeCanvas();
    const promise = captureMapCanvas(asMap, { createCanvas: create });
    let outcome = 'pending';
    promise.then(
      () => {
        outcome = 'resolved';
      },
      () => {
        outcome = 'rejected';
      },
    );
    await vi.advanceTimersByTimeAsync(CAPTURE_TIMEOUT_MS - 1);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('rejected');
    await expect(promise).rejects.toThrow(/did not draw a frame within 5 s/);
    // A frame arriving late is ignored rather than copied for nobody.
    map.renderFrame();
    expect(made).toHaveLength(0);
  });

  it('does not time out once the frame has been captured', async () => {
    vi.useFakeTimers();
    const { map, asMap } = fakeMap();
    const { create } = makeCanvas();
    const promise = captureMapCanvas(asMap, { createCanvas: create });
    map.renderFrame();
    vi.advanceTimersByTime(CAPTURE_TIMEOUT_MS * 2);
    await expect(promise).resolves.toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects when no 2D context is available', async () => {
    const { map, asMap } = fakeMap();
    const { create } = makeCanvas(false);
    const promise = captureMapCanvas(asMap, { createCanvas: create });
    map.renderFrame();
    await expect(promise).rejects.toThrow(/2D canvas/);
  });
});

describe('captureRatio', () => {
  /** The image width MapLibre makes at a ratio: it floors the canvas size. */
  const widthAt = (cssWidth: number, ratio: number) => Math.floor(cssWidth * ratio);

  it('doubles a 900 px map, which makes it at least 1600 px wide', () => {
    const ratio = captureRatio(900, 490, 1, 16_384);
    expect(ratio).toBe(2);
    expect(widthAt(900, ratio)).toBeGreaterThanOrEqual(MIN_CAPTURE_WIDTH);
  });

  it('goes past 2× on a narrow map so the image is still 1600 px wide, despite the canvas flooring', () => {
    for (const cssWidth of [320, 375, 390, 412, 700]) {
      expect(widthAt(cssWidth, captureRatio(cssWidth, 600, 1, 16_384))).toBeGreaterThanOrEqual(MIN_CAPTURE_WIDTH);
    }
  });

  it('never draws coarser than the screen already does', () => {
    expect(captureRatio(1280, 700, 3, 16_384)).toBe(3);
  });

  it('keeps every side within the GPU limit and MapLibre maximum canvas size', () => {
    expect(widthAt(2560, captureRatio(2560, 1000, 1, 16_384))).toBeLessThanOrEqual(MAX_CAPTURE_SIDE);
    expect(widthAt(900, captureRatio(900, 490, 1, 1024))).toBeLessThanOrEqual(1024);
    // A tall, narrow window: the height is what limits.
    expect(Math.floor(2000 * captureRatio(500, 2000, 1, 16_384))).toBeLessThanOrEqual(MAX_CAPTURE_SIDE);
  });

  it('leaves the ratio alone for a map with no size', () => {
    expect(captureRatio(0, 400, 1.5, 4096)).toBe(1.5);
  });
});

/** Lets pending promise callbacks run (the capture's steps after each awaited frame). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A map of 900 × 490 CSS pixels whose canvas follows the pixel ratio, as MapLibre's does. */
function sharpMap(options: { failSetRatio?: boolean } = {}) {
  const container = { clientWidth: 900, clientHeight: 490 };
  const listeners: Record<string, (() => void)[]> = { render: [], idle: [] };
  const glCanvas = { width: 900, height: 490, frame: 0, readable: false };
  let override: number | null = null;
  const ratios: (number | null)[] = [];
  const resize = () => {
    const r = override ?? 1;
    glCanvas.width = Math.floor(container.clientWidth * r);
    glCanvas.height = Math.floor(container.clientHeight * r);
  };
  const map = {
    ratios,
    once(type: string, listener: () => void) {
      listeners[type]?.push(listener);
      return map;
    },
    off(type: string, listener: () => void) {
      listeners[type] = (listeners[type] ?? []).filter((l) => l !== listener);
      return map;
    },
    triggerRepaint() {},
    getCanvas: () => glCanvas,
    getContainer: () => container,
    getPixelRatio: () => override ?? 1,
    setPixelRatio(r: number | null) {
      ratios.push(r);
      if (options.failSetRatio && r !== null && r !== 1) throw new Error('context lost');
      override = r;
      resize();
    },
    /** One drawn frame: 'render' listeners may read the buffer, then 'idle' (nothing left to load). */
    renderFrame() {
      glCanvas.frame++;
      glCanvas.readable = true;
      for (const l of (listeners.render ?? []).splice(0)) l();
      glCanvas.readable = false;
      for (const l of (listeners.idle ?? []).splice(0)) l();
    },
  };
  return { map, glCanvas, asMap: map as unknown as SharpCapturableMap };
}

describe('captureSharpMap', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('redraws the map at the capture ratio, waits for it to finish, copies it and restores the ratio', async () => {
    const { map, glCanvas, asMap } = sharpMap();
    const { made, create } = makeCanvas();
    const promise = captureSharpMap(asMap, { createCanvas: create, maxSide: 16_384 });
    expect(map.ratios).toEqual([2]);
    expect(glCanvas.width).toBe(1800);
    map.renderFrame(); // drawn at ratio 2: idle
    await settle();
    expect(made).toHaveLength(0);
    map.renderFrame(); // the frame the copy is taken from
    const { canvas, pixelRatio } = await promise;
    expect(canvas).toBe(made[0]);
    expect(canvas.width).toBeGreaterThanOrEqual(MIN_CAPTURE_WIDTH);
    expect(canvas.width).toBe(1800);
    expect(pixelRatio).toBe(2);
    // Back to what it was, and the on-screen canvas with it.
    expect(map.getPixelRatio()).toBe(1);
    expect(glCanvas.width).toBe(900);
  });

  it('takes the frame anyway when the map never reports idle', async () => {
    vi.useFakeTimers();
    const { map, asMap } = sharpMap();
    const { made, create } = makeCanvas();
    const promise = captureSharpMap(asMap, { createCanvas: create, maxSide: 16_384, idleTimeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    map.renderFrame();
    await expect(promise).resolves.toMatchObject({ pixelRatio: 2 });
    expect(made[0]?.width).toBe(1800);
  });

  it('puts the ratio back when the capture fails, so the map stays usable', async () => {
    const { map, glCanvas, asMap } = sharpMap();
    const { create } = makeCanvas(false);
    const promise = captureSharpMap(asMap, { createCanvas: create, maxSide: 16_384 });
    map.renderFrame();
    await settle();
    map.renderFrame();
    await expect(promise).rejects.toThrow(/2D canvas/);
    expect(map.getPixelRatio()).toBe(1);
    expect(glCanvas.width).toBe(900);
  });

  it('puts the ratio back when setting it throws', async () => {
    const { map, asMap } = sharpMap({ failSetRatio: true });
    const { create } = makeCanvas();
    await expect(captureSharpMap(asMap, { createCanvas: create, maxSide: 16_384 })).rejects.toThrow(/context lost/);
    expect(map.ratios.at(-1)).not.toBe(2);
    expect(map.getPixelRatio()).toBe(1);
  });
});
