import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/export/overlayTypes';
import { formatDay } from '../../../src/i18n/formatDate';
import { CATEGORIES } from '../../../src/model/category';
import { toDayNumber } from '../../../src/model/days';
import { LANGS } from '../../../src/model/languages';
import { layersShown } from '../../../src/model/layerGroup';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { videoContent } from '../../../src/video/videoContent';
import { coverCrop, videoLayout } from '../../../src/video/videoLayout';
import { frameDays, VIDEO_HEIGHT, VIDEO_WIDTH } from '../../../src/video/videoPlan';

const E = 1e-6;
const inside = (outer: Rect, r: { x: number; y: number; width: number; height: number }) =>
  r.x >= outer.x - E &&
  r.y >= outer.y - E &&
  r.x + r.width <= outer.x + outer.width + E &&
  r.y + r.height <= outer.y + outer.height + E;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const measure = (text: string, f: { px: number; weight: 400 | 600 }) => text.length * f.px * (f.weight === 600 ? 0.64 : 0.6);

const days = frameDays(toDayNumber('2020-01-01'), toDayNumber('2022-12-01'), 365.25, 10);

// One event of every category within the period, so the key is as long as it gets.
const events = CATEGORIES.map(
  (category, k) =>
    ({ id: `e${k}`, category, startDay: (days[1] as number) + k, endDay: (days[1] as number) + k + 1 }) as unknown as TimedEvent,
);

function contentIn(lang: (typeof LANGS)[number]) {
  return videoContent({
    lang,
    view: { mode: 'cumulative', windowMonths: 12 },
    layers: layersShown(),
    events,
    selected: null,
    days,
    attribution: ['© OpenStreetMap contributors (ODbL)', 'Natural Earth (public domain)', 'GeoNames (CC BY 4.0)'],
  });
}

describe('coverCrop', () => {
  it('keeps the box’s aspect, centred, inside the image', () => {
    const wide = coverCrop(1800, 1000, 896, 720);
    expect(wide.height).toBe(1000);
    expect(wide.width / wide.height).toBeCloseTo(896 / 720);
    expect(wide.x).toBeCloseTo((1800 - wide.width) / 2);
    const tall = coverCrop(800, 1000, 896, 720);
    expect(tall.width).toBe(800);
    expect(tall.width / tall.height).toBeCloseTo(896 / 720);
  });
});

describe('videoLayout', () => {
  for (const lang of LANGS) {
    it(`keeps everything in the frame and off the map, with the whole key, in ${lang}`, () => {
      const c = contentIn(lang);
      const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1100, 2, { ...c, metersPerPixel: 40 }, measure);
      expect(layout.width % 2).toBe(0);
      expect(layout.height % 2).toBe(0);
      const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
      expect(inside(frame, layout.map)).toBe(true);
      for (const run of layout.texts) {
        const box = { x: run.x, y: run.y - run.lineHeight / 2, width: measure(run.text, run.font), height: run.lineHeight };
        expect(inside(layout.column, box), run.text).toBe(true);
        expect(overlaps(box, layout.map), run.text).toBe(false);
      }
      for (const s of layout.swatches) expect(inside(layout.column, s.box)).toBe(true);
      expect(layout.dropped).toBe(0);
      // The credits the licences require are all there.
      const all = layout.texts.map((r) => r.text).join(' ');
      for (const credit of ['OpenStreetMap', 'Natural Earth', 'GeoNames']) expect(all).toContain(credit);
      expect(layout.scaleBar).not.toBeNull();
      expect(c.categories).toHaveLength(CATEGORIES.length);
    });
  }

  it('sizes the date for the widest date of the recording and keeps it large enough to read at half size', () => {
    const c = contentIn('ru');
    const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1100, 2, c, measure);
    // At 640 × 360 the date is still at least 13 px tall.
    expect(layout.date.font.px / 2).toBeGreaterThanOrEqual(13);
    for (const text of c.dateTexts) expect(measure(text, layout.date.font)).toBeLessThanOrEqual(layout.date.maxWidth + E);
    expect(c.dateTexts[0]).toBe(formatDay(days[0] as number, 'ru'));
  });

  it('crops the map to its box without stretching it', () => {
    const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1100, 2, contentIn('en'), measure);
    expect(layout.source.width / layout.source.height).toBeCloseTo(layout.map.width / layout.map.height);
    expect(inside({ x: 0, y: 0, width: 1800, height: 1100 }, layout.source)).toBe(true);
  });

  it('scales the bar for the crop: a map drawn at twice the ratio gives half the distance per frame pixel', () => {
    const c = { ...contentIn('en'), metersPerPixel: 100 };
    const a = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 896, 720, 1, c, measure);
    const b = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1792, 1440, 2, c, measure);
    // Same ground per frame pixel: the same bar.
    expect(b.scaleBar?.width).toBeCloseTo(a.scaleBar?.width ?? Number.NaN);
  });
});
