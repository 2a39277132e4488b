import { describe, expect, it } from 'vitest';
import { composeMapImage } from '../../../src/export/composeMapImage';
import { content } from './overlayContent';

describe('composeMapImage', () => {
  it('draws the map 1:1 onto a canvas of exactly the same size, then the overlay', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      { measureText: (t: string) => ({ width: t.length * 6 }) },
      {
        get(target, prop: string) {
          if (prop in target) return target[prop as keyof typeof target];
          return (...args: unknown[]) =>
            calls.push(`${prop}(${args.map((a) => (typeof a === 'object' ? 'map' : String(a))).join(',')})`);
        },
        set() {
          return true;
        },
      },
    );
    const out = { width: 0, height: 0, getContext: () => ctx };
    const mapImage = { width: 1500, height: 900 } as unknown as HTMLCanvasElement;
    const canvas = composeMapImage(mapImage, { ...content, pixelRatio: 2 }, () => out as unknown as HTMLCanvasElement);
    expect(canvas).toBe(out);
    expect(canvas.width).toBe(1500);
    expect(canvas.height).toBe(900);
    expect(calls[0]).toBe('drawImage(map,0,0,1500,900)');
    expect(calls.some((c) => c.startsWith('fillText(14 September 2022'))).toBe(true);
    expect(calls.some((c) => c.startsWith('fillText(© OpenStreetMap'))).toBe(true);
    expect(calls.filter((c) => c.startsWith('arc('))).toHaveLength(content.legend.length);
  });
});
