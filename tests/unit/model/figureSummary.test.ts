import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSingleClaim, summarizeFigures } from '../../../src/model/figureSummary';
import { FIGURE_QUALIFIERS, FIGURE_SIDES, type Figure } from '../../../src/model/record';
import { eventById } from '../data/realData';

const fig = (over: Partial<Figure> & Pick<Figure, 'value'>): Figure => ({
  metric: 'killed',
  side: 'KG',
  qualifier: 'exact',
  source: 'src',
  ...over,
});

describe('summarizeFigures', () => {
  it('gives the lowest and highest claim per side, and counts distinct sources, not claims', () => {
    const [killed] = summarizeFigures([
      fig({ value: 34, source: 'a' }),
      fig({ value: 36, source: 'b' }),
      fig({ value: 36, source: 'c' }),
      fig({ value: 16, side: 'TJ', source: 'd' }),
      fig({ value: 19, side: 'TJ', source: 'd' }),
    ]);
    const kg = killed?.sides.find((s) => s.side === 'KG');
    expect([kg?.low.figure.value, kg?.high.figure.value, kg?.claims.length, kg?.sources]).toEqual([34, 36, 3, ['a', 'b', 'c']]);
    const tj = killed?.sides.find((s) => s.side === 'TJ');
    expect([tj?.low.figure.value, tj?.high.figure.value, tj?.sources]).toEqual([16, 19, ['d']]);
  });

  it('puts killed first, then injured, then the rest, whatever the record order', () => {
    const summary = summarizeFigures([
      fig({ metric: 'evacuated', value: 5 }),
      fig({ metric: 'other', label: { en: 'houses' }, value: 3 }),
      fig({ metric: 'injured', value: 2 }),
      fig({ metric: 'killed', value: 1 }),
      fig({ metric: 'displaced', value: 4 }),
    ]);
    expect(summary.map((m) => m.metric)).toEqual(['killed', 'injured', 'displaced', 'evacuated', 'other']);
  });

  it('keeps a total of both sides apart from each side, and lists it last', () => {
    const [killed] = summarizeFigures([
      fig({ value: 55, side: 'total' }),
      fig({ value: 36, side: 'KG' }),
      fig({ value: 19, side: 'TJ' }),
    ]);
    expect(killed?.sides.map((s) => [s.side, s.low.figure.value, s.high.figure.value])).toEqual([
      ['KG', 36, 36],
      ['TJ', 19, 19],
      ['total', 55, 55],
    ]);
  });

  it('never makes a partial count an end of the range; lists it apart', () => {
    const partial = fig({ metric: 'injured', side: 'TJ', value: 3, partial: true, note: { en: 'by gunfire' } });
    const [injured] = summarizeFigures([partial, fig({ metric: 'injured', side: 'TJ', value: 12, qualifier: 'about' })]);
    expect(injured?.sides.map((s) => [s.low.figure.value, s.high.figure.value])).toEqual([[12, 12]]);
    expect(injured?.partial.map((p) => p.figure)).toEqual([partial]);
  });

  it('shows a side of partial counts only as parts, with no range', () => {
    const [injured] = summarizeFigures([
      fig({ metric: 'injured', value: 3, partial: true, note: { en: 'gunfire' } }),
      fig({ metric: 'injured', value: 7, partial: true, note: { en: 'stones' } }),
    ]);
    expect(injured?.sides).toEqual([]);
    expect(injured?.partial.map((p) => p.index)).toEqual([0, 1]);
  });

  it('keeps the qualifier that reaches further at an end when values tie', () => {
    const [m] = summarizeFigures([
      fig({ value: 41, source: 'x' }),
      fig({ value: 41, qualifier: 'at-least', source: 'y' }),
      fig({ value: 7, qualifier: 'about', source: 'z' }),
      fig({ value: 7, source: 'w' }),
    ]);
    const s = m?.sides[0];
    expect([s?.low.figure.qualifier, s?.low.figure.source]).toEqual(['about', 'z']);
    expect([s?.high.figure.qualifier, s?.high.figure.source]).toEqual(['at-least', 'y']);
  });

  it('treats one number worded two ways as a range, and the same claim twice as a single figure', () => {
    const [twoWays] = summarizeFigures([fig({ value: 100, qualifier: 'about' }), fig({ value: 100 })]);
    expect(twoWays?.sides[0] && isSingleClaim(twoWays.sides[0])).toBe(false);
    const [same] = summarizeFigures([fig({ value: 100, source: 'a' }), fig({ value: 100, source: 'b' })]);
    expect(same?.sides[0] && isSingleClaim(same.sides[0])).toBe(true);
    expect(same?.sides[0]?.low).toBe(same?.sides[0]?.high);
  });

  it('separates things counted under "other" by label', () => {
    const summary = summarizeFigures([
      fig({ metric: 'other', label: { en: 'line length, km' }, value: 485, side: 'total' }),
      fig({ metric: 'other', label: { en: 'project value' }, value: 1.2e9, side: 'total' }),
      fig({ metric: 'other', label: { en: 'line length, km' }, value: 480, side: 'total' }),
    ]);
    expect(summary.map((m) => [m.label?.en, m.sides[0]?.low.figure.value, m.sides[0]?.high.figure.value])).toEqual([
      ['line length, km', 480, 485],
      ['project value', 1.2e9, 1.2e9],
    ]);
  });

  it('only ever shows real claims: both ends are figures of the input, bounding every whole claim of their side', () => {
    const arbFigure = fc.record({
      metric: fc.constantFrom('killed' as const, 'injured' as const),
      side: fc.constantFrom(...FIGURE_SIDES),
      value: fc.integer({ min: 0, max: 500 }),
      qualifier: fc.constantFrom(...FIGURE_QUALIFIERS),
      source: fc.constantFrom('a', 'b', 'c'),
      partial: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbFigure, { maxLength: 12 }), (raw) => {
        const figures: Figure[] = raw.map((f) => (f.partial ? { ...f, note: { en: 'part' } } : { ...f, partial: undefined }));
        for (const m of summarizeFigures(figures)) {
          for (const s of m.sides) {
            expect(figures[s.low.index]).toBe(s.low.figure);
            expect(figures[s.high.index]).toBe(s.high.figure);
            for (const c of s.claims) {
              expect(c.figure.partial).toBeFalsy();
              expect(c.figure.side).toBe(s.side);
              expect(c.figure.value).toBeGreaterThanOrEqual(s.low.figure.value);
              expect(c.figure.value).toBeLessThanOrEqual(s.high.figure.value);
            }
          }
          const counted = m.sides.reduce((n, s) => n + s.claims.length, 0) + m.partial.length;
          expect(counted).toBe(figures.filter((f) => f.metric === m.metric).length);
        }
      }),
    );
  });
});

describe('the April–May 2021 clash, from the record', () => {
  const summary = summarizeFigures(eventById('kyrgyz-tajik-clash-2021-04-28').figures);

  it('reads the killed per side at once: 34–36 in Kyrgyzstan, 16–19 in Tajikistan, totals apart', () => {
    const killed = summary[0];
    expect(killed?.metric).toBe('killed');
    expect(killed?.sides.map((s) => [s.side, s.low.figure.value, s.high.figure.value, s.sources.length])).toEqual([
      ['KG', 34, 36, 4],
      ['TJ', 16, 19, 2],
      ['total', 40, 55, 2],
    ]);
  });
});
