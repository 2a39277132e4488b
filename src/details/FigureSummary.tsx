import { shortSourceLabel } from '../components/sourceLabel';
import { formatNumber } from '../i18n/formatNumber';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { type IndexedFigure, isSingleClaim, type SideSummary, summarizeFigures } from '../model/figureSummary';
import type { Figure, Source } from '../model/record';
import { figureRowId } from './figureGroups';
import './figureSummary.css';

/** Moves focus to a figure's row in the table below (focus scrolls it into view). */
function showRow(index: number) {
  document.getElementById(figureRowId(index))?.focus();
}

/**
 * Figures at a glance, above everything else in the details: per metric (killed first) and side,
 * the lowest and highest claim of the sources, and how many sources. Each number is a real claim
 * and a button to its row, named by its source; counts of a narrower scope are listed apart with
 * their notes. The full table follows further down.
 */
export function FigureSummary({ figures, sources }: { figures: readonly Figure[]; sources: Record<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const summary = summarizeFigures(figures);
  if (summary.length === 0) return null;

  const claim = ({ figure: f, index }: IndexedFigure) => (
    <button
      type="button"
      className="link-button figure-claim"
      title={t('figures.showRow', { source: shortSourceLabel(sources[f.source], f.source, t) })}
      onClick={() => showRow(index)}
    >
      {t(`qualifier.${f.qualifier}`, { value: formatNumber(f.value, lang) })}
    </button>
  );
  const hasQualifier = (s: SideSummary) => s.low.figure.qualifier !== 'exact' || s.high.figure.qualifier !== 'exact';
  // One source is named; several are counted (each end still names its own in its title).
  const behind = (s: SideSummary) =>
    s.sources.length === 1
      ? shortSourceLabel(sources[s.sources[0] ?? ''], s.sources[0] ?? '', t)
      : t('figures.sourceCount', { count: s.sources.length });

  return (
    <section className="figure-summary" aria-labelledby="figure-summary-title">
      <h3 id="figure-summary-title">{t('figures.glance')}</h3>
      <dl>
        {summary.map((m) => (
          <div key={m.key} className="figure-summary-metric" data-metric={m.metric}>
            <dt>{m.label ? <LocalText value={m.label} /> : t(`metric.${m.metric}`)}</dt>
            {m.sides.map((s) => (
              <dd key={s.side} data-side={s.side}>
                <span className="figure-summary-side">{t(`side.${s.side}`)}:</span> {claim(s.low)}
                {isSingleClaim(s) ? null : (
                  <>
                    {/* A spaced dash when a qualifier is worded, so "more than 40 – 55" is not read as "more than (40–55)". */}
                    {hasQualifier(s) ? ' – ' : '–'}
                    {claim(s.high)}
                  </>
                )}{' '}
                <span className="figure-summary-count">({behind(s)})</span>
              </dd>
            ))}
            {m.partial.map((p) => (
              <dd key={p.index} className="figure-summary-part" data-side={p.figure.side}>
                <span className="figure-summary-side">
                  {t(`side.${p.figure.side}`)}, {t('figures.partOnly')}:
                </span>{' '}
                {claim(p)}
                {p.figure.note ? (
                  <>
                    {' — '}
                    <LocalText value={p.figure.note} />
                  </>
                ) : null}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="figure-summary-note">{t('figures.glanceNote')}</p>
    </section>
  );
}
