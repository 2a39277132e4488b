import { FIGURE_METRICS, FIGURE_SIDES, type Figure, type LocalizedText, type Source } from '../model/record';

export interface FigureRow {
  figure: Figure;
  /** Position in the event's list: the row's anchor, which the summary points at. */
  index: number;
}

export interface FigureGroup {
  key: string;
  metric: Figure['metric'];
  side: Figure['side'];
  /** What is counted, for metric "other" (e.g. "houses destroyed"). */
  label?: LocalizedText;
  rows: FigureRow[];
  /** True when the sources in this group state different numbers or qualifiers (parts aside). */
  disagree: boolean;
}

/** The groups of one metric (one thing counted), so the table can head them once. */
export interface MetricBlock {
  key: string;
  metric: Figure['metric'];
  label?: LocalizedText;
  groups: FigureGroup[];
}

/** When a claim was made: the day it counts to, else its source's date; '' sorts first. */
function claimDate(f: Figure, sources: Readonly<Record<string, Source>>): string {
  return f.asOf ?? sources[f.source]?.date ?? '';
}

/**
 * Groups claims about the same thing (metric + side + label) so that differing sources sit side by
 * side, and orders them so one metric is never split: metrics in FIGURE_METRICS order (killed
 * first), things counted under "other" in the record's order, sides in FIGURE_SIDES order, and
 * within a group the claims by date (a revised toll reads in sequence). Nothing is merged,
 * averaged or dropped.
 */
export function groupFigures(figures: readonly Figure[], sources: Readonly<Record<string, Source>> = {}): MetricBlock[] {
  const blocks = new Map<string, MetricBlock>();
  figures.forEach((figure, index) => {
    const blockKey = figure.metric === 'other' ? `other|${figure.label?.en ?? ''}` : figure.metric;
    let block = blocks.get(blockKey);
    if (!block) {
      block = { key: blockKey, metric: figure.metric, groups: [], ...(figure.label ? { label: figure.label } : {}) };
      blocks.set(blockKey, block);
    }
    const key = `${blockKey}|${figure.side}`;
    let group = block.groups.find((g) => g.key === key);
    if (!group) {
      group = { key, metric: figure.metric, side: figure.side, rows: [], disagree: false };
      if (figure.label) group.label = figure.label;
      block.groups.push(group);
    }
    group.rows.push({ figure, index });
  });
  const metricRank = (b: MetricBlock) => FIGURE_METRICS.indexOf(b.metric);
  const ordered = [...blocks.values()].sort((a, b) => metricRank(a) - metricRank(b));
  for (const block of ordered) {
    block.groups.sort((a, b) => FIGURE_SIDES.indexOf(a.side) - FIGURE_SIDES.indexOf(b.side));
    for (const g of block.groups) {
      g.rows.sort((a, b) => {
        const da = claimDate(a.figure, sources);
        const db = claimDate(b.figure, sources);
        return da < db ? -1 : da > db ? 1 : a.index - b.index;
      });
      const claims = new Set(g.rows.filter((r) => !r.figure.partial).map((r) => `${r.figure.qualifier}:${r.figure.value}`));
      g.disagree = claims.size > 1;
    }
  }
  return ordered;
}

/** The id of a figure's table row, so the summary can point at it. */
export function figureRowId(index: number): string {
  return `figure-row-${index}`;
}
