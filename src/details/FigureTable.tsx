import { formatPrecisionDate } from '../i18n/formatDate';
import { formatNumber } from '../i18n/formatNumber';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import type { Figure, Source } from '../model/record';
import { groupFigures } from './figureGroups';
import { shortSourceLabel } from './sourceLabel';
import './details.css';

export function FigureTable({ figures, sources }: { figures: readonly Figure[]; sources: Record<string, Source> }) {
  const t = useT();
  const lang = useLang();
  if (figures.length === 0) return <p className="details-nofigures">{t('details.noFigures')}</p>;
  const groups = groupFigures(figures);
  const anyDisagree = groups.some((g) => g.disagree);
  return (
    <div className="figures">
      <h3>{t('details.figures')}</h3>
      {anyDisagree ? <p className="figures-note">{t('details.figuresNote')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('details.figure.metric')}</th>
            <th scope="col">{t('details.figure.side')}</th>
            <th scope="col">{t('details.figure.value')}</th>
            <th scope="col">{t('details.figure.source')}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key} className={g.disagree ? 'figures-disagree' : undefined}>
            {g.figures.map((f, i) => (
              <tr key={`${f.source}|${f.qualifier}|${f.value}|${f.asOf ?? ''}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={g.figures.length}>
                    {g.figures[0]?.label ? <LocalText value={g.figures[0].label} /> : t(`metric.${g.metric}`)}
                  </th>
                ) : null}
                {i === 0 ? <td rowSpan={g.figures.length}>{t(`side.${g.side}`)}</td> : null}
                <td className="figure-value">
                  {t(`qualifier.${f.qualifier}`, { value: formatNumber(f.value, lang) })}
                  {f.asOf ? (
                    <span className="figure-asof">
                      {' '}
                      ({t('details.figure.asOf', { date: formatPrecisionDate(f.asOf, 'day', lang) })})
                    </span>
                  ) : null}
                  {f.note ? <span className="figure-note">{f.note}</span> : null}
                </td>
                <td>{shortSourceLabel(sources[f.source], f.source)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
