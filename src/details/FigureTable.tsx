import { shortSourceLabel } from '../components/sourceLabel';
import { formatPrecisionDate } from '../i18n/formatDate';
import { formatNumber } from '../i18n/formatNumber';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import type { Figure, Source } from '../model/record';
import { figureRowId, groupFigures } from './figureGroups';
import './details.css';

/**
 * Every claim, one row each: a heading row per metric (so one metric is never split), then its
 * sides, each source's figure beside the others. Three fixed columns that wrap, so the Source
 * column stays inside the pane in every language.
 */
export function FigureTable({ figures, sources }: { figures: readonly Figure[]; sources: Record<string, Source> }) {
  const t = useT();
  const lang = useLang();
  if (figures.length === 0) return <p className="details-nofigures">{t('details.noFigures')}</p>;
  const blocks = groupFigures(figures, sources);
  const anyDisagree = blocks.some((b) => b.groups.some((g) => g.disagree));
  return (
    <div className="figures">
      <h3>{t('details.figures')}</h3>
      {anyDisagree ? <p className="figures-note">{t('details.figuresNote')}</p> : null}
      <table>
        <colgroup>
          <col className="figures-col-side" />
          <col className="figures-col-value" />
          <col className="figures-col-source" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('details.figure.side')}</th>
            <th scope="col">{t('details.figure.value')}</th>
            <th scope="col">{t('details.figure.source')}</th>
          </tr>
        </thead>
        {blocks.map((block) => (
          <tbody key={block.key}>
            <tr className="figures-metric">
              <th colSpan={3} scope="rowgroup">
                {block.label ? <LocalText value={block.label} /> : t(`metric.${block.metric}`)}
              </th>
            </tr>
            {block.groups.flatMap((g) =>
              g.rows.map(({ figure: f, index }, i) => (
                <tr key={index} id={figureRowId(index)} tabIndex={-1} className={g.disagree ? 'figures-disagree' : undefined}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={g.rows.length}>
                      {t(`side.${g.side}`)}
                    </th>
                  ) : null}
                  <td className="figure-value">
                    {t(`qualifier.${f.qualifier}`, { value: formatNumber(f.value, lang) })}
                    {f.asOf ? (
                      <span className="figure-asof">
                        {' '}
                        ({t('details.figure.asOf', { date: formatPrecisionDate(f.asOf, 'day', lang) })})
                      </span>
                    ) : null}
                    {f.partial ? <span className="figure-part"> ({t('figures.partOnly')})</span> : null}
                    {f.note ? (
                      <span className="figure-note">
                        <LocalText value={f.note} />
                      </span>
                    ) : null}
                  </td>
                  <td className="figure-source">{shortSourceLabel(sources[f.source], f.source, t)}</td>
                </tr>
              )),
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
