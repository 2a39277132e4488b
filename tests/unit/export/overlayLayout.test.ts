import { describe, expect, it } from 'vitest';
import { attributionText } from '../../../src/export/attributionText';
import { overlayLayout } from '../../../src/export/overlayLayout';
import type { OverlayLayout, Rect } from '../../../src/export/overlayTypes';
import { approximateTextWidth } from '../../../src/export/textFit';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';
import { content } from './overlayContent';

function inside(r: Rect, width: number, height: number): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 1e-6 && r.y + r.height <= height + 1e-6;
}

function contains(outer: Rect, inner: Rect): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxes(layout: OverlayLayout): Rect[] {
  return [layout.title, layout.attribution, ...(layout.legend ? [layout.legend] : [])];
}

describe('overlayLayout', () => {
  const sizes = [
    [375, 667],
    [1280, 800],
  ] as const;

  for (const [cssW, cssH] of sizes) {
    for (const dpr of [1, 2]) {
      it(`fits everything inside a ${cssW}×${cssH} map at dpr ${dpr}`, () => {
        const width = cssW * dpr;
        const height = cssH * dpr;
        const layout = overlayLayout(width, height, dpr, content);
        expect(layout.legend).not.toBeNull();
        for (const box of boxes(layout)) expect(inside(box, width, height), JSON.stringify(box)).toBe(true);

        const all = boxes(layout);
        for (let a = 0; a < all.length; a++) {
          for (let b = a + 1; b < all.length; b++) expect(overlaps(all[a] as Rect, all[b] as Rect)).toBe(false);
        }

        // Every text line lies inside one of the boxes.
        for (const run of layout.texts) {
          const w = approximateTextWidth(run.text, run.font);
          const r = { x: run.x, y: run.y - run.lineHeight / 2, width: w, height: run.lineHeight };
          expect(
            all.some((box) => contains(box, r)),
            run.text,
          ).toBe(true);
        }
        // Every legend dot lies inside the legend box.
        expect(layout.dots).toHaveLength(content.legend.length);
        for (const d of layout.dots) {
          expect(contains(layout.legend as Rect, { x: d.cx - d.r, y: d.cy - d.r, width: 2 * d.r, height: 2 * d.r })).toBe(true);
        }

        // Positions: title top-left, attribution bottom-right, legend bottom-left.
        expect(layout.title.x).toBeLessThan(width / 2);
        expect(layout.title.y).toBeLessThan(height / 4);
        expect(layout.attribution.x + layout.attribution.width).toBeGreaterThan(width * 0.9);
        expect(layout.attribution.y + layout.attribution.height).toBeGreaterThan(height * 0.9);
        expect(layout.legend?.x).toBe(layout.title.x);
        expect((layout.legend?.y ?? 0) + (layout.legend?.height ?? 0)).toBeGreaterThan(height * 0.75);

        // All the content is there: every credit, the title and the date.
        const text = layout.texts.map((t) => t.text).join(' ');
        for (const credit of content.attribution) expect(text).toContain(credit.split(' ')[0]);
        expect(text).toContain('14 September 2022');
      });
    }

    it(`doubles the font sizes from dpr 1 to dpr 2 at ${cssW}×${cssH}`, () => {
      const one = overlayLayout(cssW, cssH, 1, content);
      const two = overlayLayout(cssW * 2, cssH * 2, 2, content);
      expect(two.fonts.title.px / one.fonts.title.px).toBeCloseTo(2, 0);
      expect(two.fonts.attribution.px).toBeGreaterThan(one.fonts.attribution.px);
      expect(one.fonts.title.css).toMatch(/"Noto Sans", sans-serif$/);
    });
  }

  it('uses larger type on a large map than on a phone at the same dpr', () => {
    expect(overlayLayout(1280, 800, 1, content).fonts.legend.px).toBeGreaterThan(
      overlayLayout(375, 667, 1, content).fonts.legend.px,
    );
  });

  it('wraps a credit longer than the map is wide instead of cutting it off the edge', () => {
    const credit = MAP_ATTRIBUTION.map(attributionText).join(' · ');
    const layout = overlayLayout(300, 500, 1, { ...content, attribution: [credit] });
    const lines = layout.texts.filter((t) => t.font === layout.fonts.attribution);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(credit);
    expect(inside(layout.attribution, 300, 500)).toBe(true);
    for (const l of lines) expect(l.x + approximateTextWidth(l.text, l.font)).toBeLessThanOrEqual(300);
  });

  it('keeps the attribution even when the canvas is too small for a legend', () => {
    const layout = overlayLayout(200, 120, 1, content);
    expect(layout.attribution.height).toBeGreaterThan(0);
    expect(layout.texts.some((t) => t.text.includes('OpenStreetMap'))).toBe(true);
    expect(layout.legend).toBeNull();
    expect(layout.dots).toEqual([]);
  });
});
