import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../../src/details/figureGroups';
import { safeHttpUrl } from '../../../src/model/httpUrl';
import type { Figure, Source } from '../../../src/model/record';
import { eventById, eventFile } from '../data/realData';

const f = (
  side: Figure['side'],
  value: number,
  source: string,
  qualifier: Figure['qualifier'] = 'exact',
  metric: Figure['metric'] = 'killed',
): Figure => ({ metric, side, value, qualifier, source });

const source = (date: string): Source => ({ publisher: 'P', title: 'T', date, kind: 'news' });

describe('groupFigures', () => {
  it('puts each source’s claim about the same thing side by side and flags disagreement', () => {
    const [killed] = groupFigures([f('KG', 59, 'seed-a'), f('TJ', 41, 'seed-a'), f('KG', 63, 'official'), f('KG', 59, 'seed-b')]);
    expect(killed?.groups.map((g) => [g.side, g.rows.map((r) => r.figure.value), g.disagree])).toEqual([
      ['KG', [59, 63, 59], true],
      ['TJ', [41], false],
    ]);
  });

  it('treats a different qualifier as a different claim', () => {
    expect(groupFigures([f('total', 100, 'a', 'about'), f('total', 100, 'b', 'exact')])[0]?.groups[0]?.disagree).toBe(true);
  });

  it('never splits a metric, orders metrics killed first and sides KG, TJ, UZ, total', () => {
    const blocks = groupFigures([
      f('total', 40, 'a'),
      f('KG', 30000, 'a', 'exact', 'displaced'),
      f('KG', 34, 'b'),
      f('KG', 178, 'b', 'exact', 'injured'),
      f('TJ', 16, 'c'),
      f('TJ', 87, 'd', 'exact', 'injured'),
      f('KG', 36, 'd'),
    ]);
    expect(blocks.map((b) => [b.metric, b.groups.map((g) => g.side)])).toEqual([
      ['killed', ['KG', 'TJ', 'total']],
      ['injured', ['KG', 'TJ']],
      ['displaced', ['KG']],
    ]);
  });

  it('orders the claims of one group by the day they count to, else their source’s date, and keeps each index', () => {
    const sources = { early: source('2021-05-02'), late: source('2025-03-12'), undated: source('2021') };
    const [killed] = groupFigures(
      [f('KG', 36, 'late'), { ...f('KG', 34, 'late'), asOf: '2021-05-02' }, f('KG', 30, 'undated'), f('KG', 35, 'early')],
      sources,
    );
    expect(killed?.groups[0]?.rows.map((r) => [r.figure.value, r.index])).toEqual([
      [30, 2],
      [34, 1],
      [35, 3],
      [36, 0],
    ]);
  });

  it('leaves partial counts out of the disagreement flag', () => {
    const [injured] = groupFigures([
      { ...f('TJ', 3, 'a', 'exact', 'injured'), partial: true, note: { en: 'gunfire' } },
      f('TJ', 10, 'a', 'exact', 'injured'),
    ]);
    expect(injured?.groups[0]?.disagree).toBe(false);
  });

  it('keeps every figure of every event in the record exactly once, each metric in one block', () => {
    for (const e of eventFile.events) {
      const blocks = groupFigures(e.figures, eventFile.sources);
      const indices = blocks.flatMap((b) => b.groups.flatMap((g) => g.rows.map((r) => r.index))).sort((a, b) => a - b);
      expect(indices, e.id).toEqual(e.figures.map((_, i) => i));
      const keys = blocks.map((b) => b.key);
      expect(new Set(keys).size, e.id).toBe(keys.length);
    }
  });

  it('shows the April 2021 killed rows together, before any injured row', () => {
    const figures = eventById('kyrgyz-tajik-clash-2021-04-28').figures;
    const blocks = groupFigures(figures);
    expect(blocks[0]?.metric).toBe('killed');
    // Record order interleaves killed with displaced, injured and evacuated rows; here they are one block.
    expect(figures.slice(0, 4).map((x) => x.metric)).toEqual(['killed', 'displaced', 'killed', 'injured']);
    expect(blocks[0]?.groups.flatMap((g) => g.rows).length).toBe(figures.filter((x) => x.metric === 'killed').length);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['/relative', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
