/**
 * Figures at a glance: per metric and side, the lowest and highest claim the sources make, with
 * how many claims and sources lie behind them. Nothing is averaged, summed or chosen as "best":
 * the two ends are real claims (each keeps its index, so the view can point at its row), and
 * counts of a narrower scope (a part of the people, one cause, part of the period) are never made
 * an end of a range; they are listed apart, for the view to show with their notes.
 */
import { FIGURE_METRICS, FIGURE_SIDES, type Figure, type FigureQualifier, type FigureSide, type LocalizedText } from './record';

/** A figure with its position in the event's list (the view's row anchor). */
export interface IndexedFigure {
  figure: Figure;
  index: number;
}

export interface SideSummary {
  side: FigureSide;
  /** The lowest claim; the same object as `high` when every claim says the same. */
  low: IndexedFigure;
  high: IndexedFigure;
  /** Every claim folded into the range, in record order. */
  claims: IndexedFigure[];
  /** The distinct sources behind those claims, in record order. */
  sources: string[];
}

export interface MetricSummary {
  /** metric, plus the English label for 'other' (two labels are two things counted). */
  key: string;
  metric: Figure['metric'];
  label?: LocalizedText;
  /** Whole counts per side, sides in FIGURE_SIDES order (the total of both sides last). */
  sides: SideSummary[];
  /** Counts of a narrower scope, in record order: shown one by one, with their notes. */
  partial: IndexedFigure[];
}

/*
 * At equal values, which qualifier reaches further down or up: "up to 5" may be below "5", "more
 * than 5" above it. Ties are broken this way, then by record order, so the choice is never arbitrary.
 */
const DOWNWARD: readonly FigureQualifier[] = ['up-to', 'about', 'exact', 'at-least', 'more-than'];
const UPWARD: readonly FigureQualifier[] = [...DOWNWARD].reverse();

function lowest(claims: readonly IndexedFigure[]): IndexedFigure {
  return claims.reduce((best, c) => {
    const d = c.figure.value - best.figure.value;
    if (d !== 0) return d < 0 ? c : best;
    return DOWNWARD.indexOf(c.figure.qualifier) < DOWNWARD.indexOf(best.figure.qualifier) ? c : best;
  });
}

function highest(claims: readonly IndexedFigure[]): IndexedFigure {
  return claims.reduce((best, c) => {
    const d = c.figure.value - best.figure.value;
    if (d !== 0) return d > 0 ? c : best;
    return UPWARD.indexOf(c.figure.qualifier) < UPWARD.indexOf(best.figure.qualifier) ? c : best;
  });
}

function sameClaim(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.qualifier === b.qualifier;
}

/** True when the two ends are the same claim (one number, worded the same way). */
export function isSingleClaim(s: SideSummary): boolean {
  return sameClaim(s.low.figure, s.high.figure);
}

function sideSummary(side: FigureSide, claims: IndexedFigure[]): SideSummary {
  const low = lowest(claims);
  const high = highest(claims);
  return {
    side,
    low,
    high: sameClaim(low.figure, high.figure) ? low : high,
    claims,
    sources: [...new Set(claims.map((c) => c.figure.source))],
  };
}

export function summarizeFigures(figures: readonly Figure[]): MetricSummary[] {
  const groups = new Map<string, { metric: Figure['metric']; label?: LocalizedText; items: IndexedFigure[] }>();
  figures.forEach((figure, index) => {
    const key = figure.metric === 'other' ? `other|${figure.label?.en ?? ''}` : figure.metric;
    let group = groups.get(key);
    if (!group) {
      group = { metric: figure.metric, items: [], ...(figure.label ? { label: figure.label } : {}) };
      groups.set(key, group);
    }
    group.items.push({ figure, index });
  });
  const metricRank = (m: Figure['metric']) => FIGURE_METRICS.indexOf(m);
  // Stable sort: the 'other' things keep the record's order among themselves.
  const ordered = [...groups.entries()].sort(([, a], [, b]) => metricRank(a.metric) - metricRank(b.metric));
  return ordered.map(([key, g]) => {
    const sides: SideSummary[] = [];
    for (const side of FIGURE_SIDES) {
      const whole = g.items.filter((c) => c.figure.side === side && !c.figure.partial);
      if (whole.length > 0) sides.push(sideSummary(side, whole));
    }
    return {
      key,
      metric: g.metric,
      ...(g.label ? { label: g.label } : {}),
      sides,
      partial: g.items.filter((c) => c.figure.partial),
    };
  });
}
