import { describe, expect, it } from 'vitest';
import { attributionText } from '../../../src/export/attributionText';
import { overlayLayout } from '../../../src/export/overlayLayout';
import type { OverlayLayout, Rect, TextRun } from '../../../src/export/overlayTypes';
import { approximateTextWidth } from '../../../src/export/textFit';
import { translate } from '../../../src/i18n/translate';
import { MAP_ATTRIBUTION } from '../../../src/map/attribution';
import { content, contentIn, SELECTED } from './overlayContent';

const E = 1e-6;

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - E &&
    inner.y >= outer.y - E &&
    inner.x + inner.width <= outer.x + outer.width + E &&
    inner.y + inner.height <= outer.y + outer.height + E
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - E && b.x < a.x + a.width - E && a.y < b.y + b.height - E && b.y < a.y + a.height - E;
}

function runBox(run: TextRun): Rect {
  return { x: run.x, y: run.y - run.lineHeight / 2, width: approximateTextWidth(run.text, run.font), height: run.lineHeight };
}

function texts(layout: OverlayLayout): string[] {
  return layout.texts.map((t) => t.text);
}

/** About 117 m per CSS pixel: zoom 9 at the border's latitude. */
const GROUND = { ...content, metersPerPixel: 117 };

describe('overlayLayout', () => {
  const sizes = [
    [375, 667],
    [885, 365],
    [1280, 800],
  ] as const;

  for (const [cssW, cssH] of sizes) {
    for (const dpr of [1, 2, 4.27]) {
      it(`puts the words above and the key below a ${cssW}×${cssH} map at ratio ${dpr}, covering none of it`, () => {
        const mapW = Math.floor(cssW * dpr);
        const mapH = Math.floor(cssH * dpr);
        const layout = overlayLayout(mapW, mapH, dpr, GROUND);
        const image: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };

        // Header, map, footer stacked, as wide as the map; the map drawn 1:1.
        expect(layout.width).toBe(mapW);
        expect(layout.map).toEqual({ x: 0, y: layout.header.height, width: mapW, height: mapH });
        expect(layout.footer.y).toBe(layout.map.y + mapH);
        expect(layout.height).toBe(layout.header.height + mapH + layout.footer.height);

        // Every line of text and every sample lies in a band, inside the image, never on the map.
        for (const run of layout.texts) {
          const r = runBox(run);
          expect(contains(image, r), run.text).toBe(true);
          expect(overlaps(r, layout.map), run.text).toBe(false);
        }
        for (const s of layout.swatches) {
          expect(contains(layout.footer, s.box)).toBe(true);
          expect(contains(layout.legend as Rect, s.box)).toBe(true);
        }
        expect(layout.swatches.map((s) => s.kind)).toEqual(content.legend.map((e) => e.swatch));

        // The footer's parts do not overlap each other.
        const parts = [layout.legend, layout.scaleBox, layout.attribution].filter((r): r is Rect => r !== null);
        expect(parts).toHaveLength(3);
        for (const p of parts) expect(contains(layout.footer, p)).toBe(true);
        for (let a = 0; a < parts.length; a++) {
          for (let b = a + 1; b < parts.length; b++) expect(overlaps(parts[a] as Rect, parts[b] as Rect)).toBe(false);
        }
        const bar = layout.scaleBar;
        expect(
          bar && contains(layout.scaleBox as Rect, { x: bar.x, y: bar.y - bar.tick, width: bar.width, height: bar.tick }),
        ).toBe(true);

        // All the content is there: every credit, the title, the date and the caveat.
        const all = texts(layout).join(' ');
        for (const credit of content.attribution) expect(all).toContain(credit.split(' ')[0]);
        expect(all).toContain(content.title);
        expect(all).toContain('14 September 2022');
        expect(all).toContain('13 March 2025');
      });
    }
  }

  it('doubles the font sizes from ratio 1 to ratio 2', () => {
    const one = overlayLayout(1280, 800, 1, content);
    const two = overlayLayout(2560, 1600, 2, content);
    expect(two.fonts.title.px / one.fonts.title.px).toBeCloseTo(2, 0);
    expect(two.fonts.attribution.px).toBeGreaterThan(one.fonts.attribution.px);
    expect(one.fonts.title.css).toMatch(/"Noto Sans", sans-serif$/);
  });

  it('uses larger type on a large map than on a phone at the same ratio', () => {
    expect(overlayLayout(1280, 800, 1, content).fonts.legend.px).toBeGreaterThan(
      overlayLayout(375, 667, 1, content).fonts.legend.px,
    );
  });

  it('wraps a credit longer than its column instead of cutting it off', () => {
    const credit = MAP_ATTRIBUTION.map(attributionText).join(' · ');
    const layout = overlayLayout(300, 500, 1, { ...content, attribution: [credit] });
    const lines = layout.texts.filter((t) => t.font === layout.fonts.attribution);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(credit);
    for (const l of lines) expect(l.x + approximateTextWidth(l.text, l.font)).toBeLessThanOrEqual(300);
  });
});

describe('overlayLayout of a publishable image (a 900 × 490 map drawn at ratio 2)', () => {
  const [width, height, ratio] = [1800, 980, 2];

  for (const lang of ['en', 'ru'] as const) {
    it(`writes the pre-2025 caveat whole, on one line, in the header, in ${lang}`, () => {
      const caveat = translate(lang, 'app.caveat');
      const layout = overlayLayout(width, height, ratio, { ...contentIn(lang), metersPerPixel: 117 });
      expect(layout.width).toBeGreaterThanOrEqual(1600);
      const run = layout.texts.find((t) => t.text === caveat);
      expect(run).toBeDefined();
      expect(run && contains(layout.header, runBox(run))).toBe(true);
    });

    it(`writes every legend label whole in ${lang}`, () => {
      const legend = contentIn(lang, SELECTED).legend;
      const written = texts(overlayLayout(width, height, ratio, contentIn(lang, SELECTED)));
      for (const entry of legend) expect(written).toContain(entry.label);
    });
  }

  it('names the selected event with its date when there is one, and says nothing of it otherwise', () => {
    const withSelection = texts(overlayLayout(width, height, ratio, contentIn('en', SELECTED)));
    expect(withSelection).toContain('Selected event: Example event, 29 April 2021');
    expect(withSelection).toContain('Selected event');
    const without = texts(overlayLayout(width, height, ratio, contentIn('en')));
    expect(without.some((t) => t.includes('Example event') || t.startsWith('Selected event'))).toBe(false);
  });

  it('draws a scale bar as long on the map as the distance it names', () => {
    const metersPerPixel = 117;
    const layout = overlayLayout(width, height, ratio, { ...content, metersPerPixel });
    const label = layout.texts.find((t) => /^\d+\u00a0(km|m)$/.test(t.text));
    expect(label?.text).toBe('10\u00a0km');
    // 10 km at 117 m per CSS pixel, in canvas pixels at ratio 2.
    expect(layout.scaleBar?.width).toBeCloseTo((10_000 / metersPerPixel) * ratio, 6);
    expect(texts(overlayLayout(width, height, ratio, { ...content, metersPerPixel: 11.7 }))).toContain('1\u00a0km');
  });

  it('leaves the scale bar out when the map gave no ground resolution', () => {
    const layout = overlayLayout(width, height, ratio, content);
    expect(layout.scaleBox).toBeNull();
    expect(layout.scaleBar).toBeNull();
  });
});
