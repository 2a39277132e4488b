import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAPTURE_TIMEOUT_MS, type CapturableMap, captureMapCanvas } from '../../../src/map/captureMap';

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
