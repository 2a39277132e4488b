import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/export/overlayTypes';
import { formatDay } from '../../../src/i18n/formatDate';
import { CATEGORIES } from '../../../src/model/category';
import { toDayNumber } from '../../../src/model/days';
import { LANGS } from '../../../src/model/languages';
import { layersShown } from '../../../src/model/layerGroup';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { videoContent } from '../../../src/video/videoContent';
import { containFit, type VideoLayout, videoLayout } from '../../../src/video/videoLayout';
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

function contentIn(lang: (typeof LANGS)[number], selected: TimedEvent | null = null) {
  return videoContent({
    lang,
    view: { mode: 'cumulative', windowMonths: 12 },
    layers: layersShown(),
    events: selected ? [...events, selected] : events,
    selected,
    days,
    attribution: ['© OpenStreetMap contributors (ODbL)', 'Natural Earth (public domain)', 'GeoNames (CC BY 4.0)'],
  });
}

describe('containFit', () => {
  it('fits the whole image in the box, centred, without stretching it', () => {
    const box = { x: 0, y: 0, width: 896, height: 720 };
    // A laptop's 900 × 517 map: full width, bands above and below.
    const wide = containFit(900, 517, box);
    expect(wide.width).toBeCloseTo(896);
    expect(wide.width / wide.height).toBeCloseTo(900 / 517);
    expect(wide.y).toBeCloseTo((720 - wide.height) / 2);
    const tall = containFit(400, 800, box);
    expect(tall.height).toBeCloseTo(720);
    expect(tall.width / tall.height).toBeCloseTo(0.5);
    expect(tall.x).toBeCloseTo((896 - tall.width) / 2);
  });
});

/** Every label is in the frame's words whole: on one line, or on two consecutive lines. */
function labelDrawnWhole(layout: VideoLayout, label: string): boolean {
  // A key label sits right of its swatch; the title, caveat and credits start at the column's edge.
  const runs = layout.texts.filter((r) => r.x > layout.column.x + 30).map((r) => r.text);
  return runs.some((r, k) => r === label || `${r} ${runs[k + 1] ?? ''}` === label);
}

// A long event title (as real ones are), so the selected line needs more than one line.
const longSelected = {
  id: 'sel',
  category: CATEGORIES[0],
  startDay: days[3],
  endDay: (days[3] as number) + 1,
  date: '2021-04-28',
  precision: 'day',
  // The record's longest title in each language (Tajik: 113 letters).
  title: {
    en: 'Rahmon and Atambayev discuss border cooperation in Dushanbe; old maps dropped as a basis',
    ru: 'Рахмон и Атамбаев обсуждают пограничное сотрудничество в Душанбе; от старых карт как основы отказываются',
    ky: 'Рахмон менен Атамбаев Душанбеде чек ара кызматташтыгын талкуулашат; эски карталар негиз катары алынбай калат',
    tg: 'Раҳмон ва Атамбаев дар Душанбе ҳамкории сарҳадиро муҳокима мекунанд; аз харитаҳои кӯҳна ҳамчун асос даст мекашанд',
    uz: 'Rahmon va Atamboyev Dushanbeda chegara hamkorligini muhokama qiladi; eski xaritalar asos sifatida olinmaydi',
  },
} as unknown as TimedEvent;

describe('the key in every language', () => {
  const keyRuns = (layout: VideoLayout) => layout.texts.filter((r) => r.x > layout.column.x + 30);

  for (const lang of LANGS) {
    it(`draws every key label in full, never cut, at 13 px or more, with the mode line under the date, in ${lang}`, () => {
      const c = contentIn(lang);
      const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1034, 2, { ...c, metersPerPixel: 40 }, measure);
      for (const run of layout.texts) expect(run.text, run.text).not.toContain('…');
      const entries = [...c.categories, ...c.mapKey];
      expect(entries.filter((e) => !labelDrawnWhole(layout, e.label)).map((e) => e.label)).toEqual([]);
      expect(layout.dropped).toBe(0);
      // Nothing under the legible floor at 720p.
      for (const run of keyRuns(layout)) expect(run.font.px, run.text).toBeGreaterThanOrEqual(13);
      const modeRun = layout.texts.find((r) => r.text === c.mode);
      expect(modeRun, c.mode).toBeDefined();
      expect(modeRun?.y ?? 0).toBeGreaterThan(layout.date.y + layout.date.lineHeight / 2);
    });

    it(`keeps the record's longest selected title whole and cuts no key label, in ${lang}`, () => {
      const c = contentIn(lang, longSelected);
      const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1034, 2, { ...c, metersPerPixel: 40 }, measure);
      for (const run of layout.texts) expect(run.text, run.text).not.toContain('…');
      const entries = [...c.categories, ...c.mapKey];
      const missing = entries.filter((e) => !labelDrawnWhole(layout, e.label));
      // Whatever is not drawn whole was left out whole, counted, and only from what explains itself
      // on the map (the neighbours' fills): every category and checkpoint status is there.
      expect(missing.length).toBe(layout.dropped);
      for (const e of missing) expect(c.mapKey.find((k) => k.label === e.label)?.keep, e.label).toBe(0);
      for (const run of keyRuns(layout)) expect(run.font.px, run.text).toBeGreaterThanOrEqual(13);
      const selectedRuns = layout.texts.filter((r) => r.font.weight === 600 && r.font.px <= 14);
      expect(selectedRuns.map((r) => r.text).join(' ')).toBe(c.selected);
      expect(selectedRuns.length).toBeLessThanOrEqual(4);
    });
  }

  it('leaves out whole entries of least use, never cutting one, when even the smallest key does not fit', () => {
    // Credits for a dozen sources take the column's foot: no arrangement of the key fits all of it.
    const c = {
      ...contentIn('tg', longSelected),
      attribution: Array.from({ length: 12 }, (_, k) => `Source number ${k + 1} (CC BY 4.0)`),
    };
    const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1034, 2, c, measure);
    expect(layout.dropped).toBeGreaterThan(0);
    for (const run of layout.texts) expect(run.text).not.toContain('…');
    const entries = [...c.categories, ...c.mapKey];
    const drawn = entries.filter((e) => labelDrawnWhole(layout, e.label));
    expect(drawn.length).toBe(entries.length - layout.dropped);
    // The checkpoints' statuses stay while the neighbours' fills go.
    expect(labelDrawnWhole(layout, c.mapKey.find((e) => e.keep === 2)?.label ?? '')).toBe(true);
    for (const run of layout.texts) expect(run.y + run.lineHeight / 2).toBeLessThanOrEqual(VIDEO_HEIGHT + E);
    // The key ends above the credits.
    const keyRuns = layout.texts.filter((r) => entries.some((e) => e.label.includes(r.text)));
    const firstCredit = layout.texts.find((r) => r.text.startsWith('Source number 1 '));
    for (const run of keyRuns)
      expect(run.y + run.lineHeight / 2).toBeLessThanOrEqual((firstCredit?.y ?? 0) - (firstCredit?.lineHeight ?? 0) / 2 + E);
  });

  it('says which events the map shows: all up to the date, or the window', () => {
    const window = videoContent({
      lang: 'tg',
      view: { mode: 'window', windowMonths: 6 },
      layers: layersShown(),
      events,
      selected: null,
      days,
      attribution: [],
    });
    expect(window.mode).toBe('ҳодисаҳои 6 моҳи то ин сана');
    expect(contentIn('en').mode).toBe('all events up to this date');
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

  it('draws the whole map, unstretched, inside its box: nothing of the on-screen view is cut', () => {
    const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1034, 2, contentIn('en'), measure);
    expect(layout.source).toEqual({ x: 0, y: 0, width: 1800, height: 1034 });
    expect(layout.drawn.width / layout.drawn.height).toBeCloseTo(1800 / 1034);
    expect(inside(layout.map, layout.drawn)).toBe(true);
    expect(layout.drawn.width).toBeCloseTo(layout.map.width);
  });

  it('scales the bar for the crop: a map drawn at twice the ratio gives half the distance per frame pixel', () => {
    const c = { ...contentIn('en'), metersPerPixel: 100 };
    const a = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 896, 720, 1, c, measure);
    const b = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1792, 1440, 2, c, measure);
    // Same ground per frame pixel: the same bar.
    expect(b.scaleBar?.width).toBeCloseTo(a.scaleBar?.width ?? Number.NaN);
  });
});

describe('a key label too long for any arrangement', () => {
  it('is left out whole and counted, while the rest of the key is drawn', () => {
    const c = contentIn('en');
    const long = { ...(c.mapKey[0] as (typeof c.mapKey)[number]), label: 'word '.repeat(40).trim(), keep: 2 };
    const layout = videoLayout(VIDEO_WIDTH, VIDEO_HEIGHT, 1800, 1034, 2, { ...c, mapKey: [long, ...c.mapKey] }, measure);
    expect(layout.dropped).toBe(1);
    for (const run of layout.texts) expect(run.text).not.toContain('…');
    for (const e of [...c.categories, ...c.mapKey]) expect(labelDrawnWhole(layout, e.label), e.label).toBe(true);
  });
});
