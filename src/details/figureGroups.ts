import type { Figure } from '../model/record';

export interface FigureGroup {
  key: string;
  metric: Figure['metric'];
  side: Figure['side'];
  /** A label for metric "other" (e.g. "houses destroyed"), in English. */
  label?: string;
  figures: Figure[];
  /** True when the sources in this group state different numbers or qualifiers. */
  disagree: boolean;
}

/**
 * Groups claims about the same thing (metric + side + label) so that differing sources sit side by
 * side. Order follows the record; nothing is merged, averaged or dropped.
 */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const label = f.label?.en;
    const key = `${f.metric}|${f.side}|${label ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, metric: f.metric, side: f.side, figures: [], disagree: false, ...(label ? { label } : {}) };
      groups.set(key, group);
    }
    group.figures.push(f);
  }
  for (const g of groups.values()) {
    const claims = new Set(g.figures.map((f) => `${f.qualifier}:${f.value}`));
    g.disagree = claims.size > 1;
  }
  return [...groups.values()];
}
