// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { provideImages } from '../../../src/map/mapImages';
import { CAPITAL_ICON } from '../../../src/map/style/places';

afterEach(() => vi.restoreAllMocks());

function fakeMap() {
  const handlers = new Map<string, (e: { id: string }) => void>();
  const images = new Map<string, { width: number; height: number; pixelRatio?: number }>();
  const map = {
    on: (type: string, fn: (e: { id: string }) => void) => handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
    hasImage: (id: string) => images.has(id),
    addImage: (id: string, image: ImageData, options?: { pixelRatio?: number }) =>
      images.set(id, { width: image.width, height: image.height, ...options }),
  };
  const missing = (id: string) => handlers.get('styleimagemissing')?.({ id });
  return { map: map as never, handlers, images, missing };
}

/** A 2D context that records the path it is asked to draw. */
function stubCanvas() {
  const points: [number, number][] = [];
  const ctx = {
    beginPath: () => undefined,
    closePath: () => undefined,
    lineTo: (x: number, y: number) => points.push([x, y]),
    stroke: () => undefined,
    fill: () => undefined,
    getImageData: (_x: number, _y: number, w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
    }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  return points;
}

describe('provideImages', () => {
  it('draws the capital star once, when the style first asks for it, at twice the pixel density', () => {
    const points = stubCanvas();
    const { map, images, missing } = fakeMap();
    provideImages(map);
    missing(CAPITAL_ICON);
    missing(CAPITAL_ICON);
    expect([...images.keys()]).toEqual([CAPITAL_ICON]);
    const image = images.get(CAPITAL_ICON);
    expect(image?.pixelRatio).toBe(2);
    // Five outer and five inner points, the first straight up from the centre.
    expect(points).toHaveLength(10);
    const [cx] = [(image?.width ?? 0) / 2];
    expect(points[0]?.[0]).toBeCloseTo(cx);
    expect(points[0]?.[1]).toBeLessThan(points[1]?.[1] ?? 0);
  });

  it('leaves images it does not know to MapLibre, and unbinds', () => {
    stubCanvas();
    const { map, images, handlers, missing } = fakeMap();
    const unbind = provideImages(map);
    missing('something-else');
    expect(images.size).toBe(0);
    unbind();
    expect(handlers.has('styleimagemissing')).toBe(false);
  });
});
