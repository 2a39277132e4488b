import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/days';
import { buildTimeScale } from '../../../src/timeline/timeScale';
import { YEAR_LABEL_PX, type YearLabel, yearLabels, yearTicks } from '../../../src/timeline/yearTicks';

const d = toDayNumber;
const extent = { min: d('1992-01-01'), max: d('2025-12-31') };
const starts = [
  ...['1992-05-01', '1993-02-01', '1993-09-01', '1995-01-01', '1995-06-01', '1996-07-01', '1998-03-01'],
  ...['2004-03-01', '2007-01-01', '2008-01-01', '2010-01-01', '2013-01-10'],
  ...Array.from({ length: 11 }, (_, i) => `2021-0${1 + (i % 9)}-1${i % 9}`),
  ...Array.from({ length: 21 }, (_, i) => `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`),
].map(d);
const scale = buildTimeScale(extent, starts);
const ticks = yearTicks(scale);

/** The strip's inner width at a viewport width: the timeline's padding and the 8 px inset each side. */
const plotWidth = (viewport: number) => viewport - 2 * 12.8 - 16;

function overlaps(labels: readonly YearLabel[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < labels.length; i++) {
    const a = labels[i - 1] as YearLabel;
    const b = labels[i] as YearLabel;
    if (b.left - a.left < YEAR_LABEL_PX) out.push(`${a.year}/${b.year}`);
  }
  return out;
}

describe('year ticks', () => {
  it('puts a minor tick at every year, in order, from the start to the last year', () => {
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i));
    expect(ticks[0]?.x).toBe(0);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]?.x).toBeGreaterThan(ticks[i - 1]?.x ?? 1);
  });

  for (const viewport of [375, 1280]) {
    it(`labels every decade, with no two labels overlapping, at ${viewport} px`, () => {
      const width = plotWidth(viewport);
      const labels = yearLabels(ticks, width);
      expect(overlaps(labels)).toEqual([]);
      for (const decade of [2000, 2010, 2020]) expect(labels.map((l) => l.year)).toContain(decade);
      for (const l of labels) {
        expect(l.left).toBeGreaterThanOrEqual(0);
        expect(l.left + YEAR_LABEL_PX).toBeLessThanOrEqual(width);
      }
    });
  }

  it('labels many more years at desktop width than two ends, and more than at phone width', () => {
    const wide = yearLabels(ticks, plotWidth(1280));
    const narrow = yearLabels(ticks, plotWidth(375));
    expect(wide.length).toBeGreaterThan(10);
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.length).toBeGreaterThan(3);
  });

  it('labels every year when there is room for all of them', () => {
    expect(yearLabels(ticks, 34 * 34 * 40).map((l) => l.year)).toEqual(ticks.map((t) => t.year));
  });

  it('labels nothing before the width is known', () => {
    expect(yearLabels(ticks, 0)).toEqual([]);
  });
});
