import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../../src/details/figureGroups';
import { safeHttpUrl } from '../../../src/model/httpUrl';
import type { Figure } from '../../../src/model/record';

const f = (side: Figure['side'], value: number, source: string, qualifier: Figure['qualifier'] = 'exact'): Figure =>
  ({ metric: 'killed', side, value, qualifier, source }) as Figure;

describe('groupFigures', () => {
  it('puts each source’s claim about the same thing side by side and flags disagreement', () => {
    const groups = groupFigures([f('KG', 59, 'seed-a'), f('TJ', 41, 'seed-a'), f('KG', 63, 'official'), f('KG', 59, 'seed-b')]);
    expect(groups.map((g) => [g.side, g.figures.map((x) => x.value), g.disagree])).toEqual([
      ['KG', [59, 63, 59], true],
      ['TJ', [41], false],
    ]);
  });

  it('treats a different qualifier as a different claim', () => {
    expect(groupFigures([f('total', 100, 'a', 'about'), f('total', 100, 'b', 'exact')])[0]?.disagree).toBe(true);
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
