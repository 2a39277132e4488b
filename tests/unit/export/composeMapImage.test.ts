import { describe, expect, it } from 'vitest';
import { composeMapImage } from '../../../src/export/composeMapImage';
import { overlayLayout } from '../../../src/export/overlayLayout';
import { content, contentIn, SELECTED } from './overlayContent';

/** A 2D context that records every drawing call as text, and measures text at 6 px a character. */
function recordingCanvas() {
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
  return { calls, out, create: () => out as unknown as HTMLCanvasElement };
}

describe('composeMapImage', () => {
  it('draws the map 1:1 between the header and the footer, on a canvas as wide as the map', () => {
    const { calls, out, create } = recordingCanvas();
    const mapImage = { width: 1800, height: 980 } as unknown as HTMLCanvasElement;
    const overlay = { ...content, pixelRatio: 2, metersPerPixel: 117 };
    const { canvas, texts } = composeMapImage(mapImage, overlay, create);
    const layout = overlayLayout(1800, 980, 2, overlay, (t) => t.length * 6);
    expect(canvas).toBe(out);
    expect(canvas.width).toBe(1800);
    expect(canvas.height).toBe(layout.height);
    expect(canvas.height).toBeGreaterThan(980);
    expect(calls).toContain(`drawImage(map,0,${layout.header.height},1800,980)`);
    expect(calls.some((c) => c.startsWith('fillText(14 September 2022'))).toBe(true);
    expect(calls.some((c) => c.startsWith('fillText(© OpenStreetMap'))).toBe(true);
    expect(calls.some((c) => c.startsWith(`fillText(${content.caveat},`))).toBe(true);
    // What it reports as written is what it wrote.
    const written = calls.filter((c) => c.startsWith('fillText(')).length;
    expect(texts).toHaveLength(written);
    expect(texts).toContain(content.caveat);
  });

  it('draws each legend sample in its own way: a line for the border, rings, discs, an area', () => {
    const { calls, create } = recordingCanvas();
    const mapImage = { width: 1800, height: 980 } as unknown as HTMLCanvasElement;
    composeMapImage(mapImage, { ...contentIn('en', SELECTED), pixelRatio: 2 }, create);
    const count = (kind: string) => content.legend.filter((e) => e.swatch === kind).length;
    const legend = contentIn('en', SELECTED).legend;
    const circles = legend.filter((e) => e.swatch === 'ring' || e.swatch === 'disc').length;
    // Rings with an outline (the selected event's) draw a second, inner circle.
    const outlinedRings = legend.filter((e) => e.swatch === 'ring' && e.outline).length;
    expect(calls.filter((c) => c.startsWith('arc('))).toHaveLength(circles + outlinedRings);
    expect(calls.filter((c) => c.startsWith('rect('))).toHaveLength(count('area'));
    expect(count('line')).toBeGreaterThan(0);
    // One moveTo per line or star sample; no scale bar without a ground resolution.
    expect(calls.filter((c) => c.startsWith('moveTo('))).toHaveLength(count('line') + count('dashed') + count('star'));
  });
});
