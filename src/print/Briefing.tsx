import { useLayoutEffect, useMemo, useRef } from 'react';
import { SourceCitation } from '../components/SourceCitation';
import { shortSourceLabel } from '../components/sourceLabel';
import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import { formatNumber } from '../i18n/formatNumber';
import { modeText } from '../i18n/modeText';
import type { Translate } from '../i18n/translate';
import { LocalText } from '../language/LocalText';
import { useT } from '../language/useT';
import type { Lang } from '../model/languages';
import { localized } from '../model/localized';
import type { Source } from '../model/record';
import { useApp } from '../state/store';
import { type BriefingRow, briefingTable } from './briefingModel';
import type { PreparedBriefing } from './briefingStore';

/** The map image element made when printing was prepared (a canvas or a decoded image), placed as is. */
function MapImage({ image }: { image: HTMLCanvasElement | HTMLImageElement }) {
  const holder = useRef<HTMLDivElement>(null);
  // A layout effect: under flushSync (beforeprint) it runs before the browser lays the page out for print.
  useLayoutEffect(() => {
    const el = holder.current;
    if (!el) return;
    el.appendChild(image);
    return () => image.remove();
  }, [image]);
  return <div ref={holder} className="print-map-image" />;
}

function DateCell({ row, lang, t }: { row: BriefingRow; lang: Lang; t: Translate }) {
  const { event } = row;
  const start = formatPrecisionDate(event.date, event.precision, lang);
  return (
    <td className="print-date">
      <time dateTime={event.date}>{start}</time>
      {event.end ? (
        <>
          {' – '}
          <time dateTime={event.end}>{formatPrecisionDate(event.end, 'day', lang)}</time>
        </>
      ) : null}
      {event.precision !== 'day' ? <span className="print-precision"> ({t(`print.precision.${event.precision}`)})</span> : null}
    </td>
  );
}

function PlaceCell({ row, t, lang }: { row: BriefingRow; t: Translate; lang: Lang }) {
  const { event } = row;
  return (
    <td className="print-place">
      {row.places.length > 0
        ? row.places.map((p, i) => (
            <span key={p.text} lang={p.lang === lang ? undefined : p.lang}>
              {i > 0 ? ', ' : ''}
              {p.text}
            </span>
          ))
        : null}
      {event.placeName ? <span>{t('import.placeName', { place: localized(event.placeName, lang) })}</span> : null}
      <span className="print-precision">
        {' '}
        {t(`precision.${event.locationPrecision}`)} <LocalText value={event.locationNote} />
      </span>
    </td>
  );
}

/** Each figure with its source, grouped as the details panel groups them (figureGroups). */
function FiguresCell({
  row,
  sources,
  numbers,
  t,
  lang,
}: {
  row: BriefingRow;
  sources: Readonly<Record<string, Source>>;
  numbers: ReadonlyMap<string, number>;
  t: Translate;
  lang: Lang;
}) {
  if (row.figures.length === 0) return <td className="print-figures">—</td>;
  return (
    <td className="print-figures">
      {row.figures.map((block) => (
        <div key={block.key} className="print-metric">
          <strong>{block.label ? <LocalText value={block.label} /> : t(`metric.${block.metric}`)}</strong>
          <ul>
            {block.groups.flatMap((g) =>
              g.rows.map(({ figure: f, index }) => (
                <li key={index}>
                  {t(`side.${g.side}`)}: {t(`qualifier.${f.qualifier}`, { value: formatNumber(f.value, lang) })}
                  {f.asOf ? ` (${t('details.figure.asOf', { date: formatPrecisionDate(f.asOf, 'day', lang) })})` : null}
                  {f.partial ? ` (${t('figures.partOnly')})` : null}
                  {f.note ? (
                    <>
                      {' '}
                      (<LocalText value={f.note} />)
                    </>
                  ) : null}{' '}
                  — {shortSourceLabel(sources[f.source], f.source, t)} [{numbers.get(f.source) ?? '?'}]
                </li>
              )),
            )}
          </ul>
        </div>
      ))}
    </td>
  );
}

/**
 * The printed briefing: title, date and mode, the pre-2025 caveat, the map, the events on screen
 * one row each, the numbered sources, the citation and the link. It holds no control: nothing here
 * can be pressed, so nothing in the print is a button.
 */
export function Briefing({ prepared }: { prepared: PreparedBriefing }) {
  const t = useT();
  const data = useApp((s) => s.data);
  const { lang } = prepared;
  const sources = data?.sources ?? {};
  const table = useMemo(
    () => briefingTable(prepared.events, data?.sources ?? {}, data?.places ?? {}, lang),
    [prepared.events, data, lang],
  );
  const numbers = useMemo(() => new Map(table.sources.map((s) => [s.id, s.n])), [table]);
  return (
    <article className="print-briefing" lang={lang} data-testid="print-briefing">
      <header className="print-head">
        <h1>{t('app.title')}</h1>
        <p className="print-when">
          {t('print.date', { date: formatDay(prepared.view.day, lang) })} · {modeText(lang, prepared.view)}
        </p>
        <p className="print-caveat">{t('app.caveat')}</p>
      </header>
      <figure className="print-map">
        {prepared.image ? (
          <MapImage image={prepared.image} />
        ) : (
          <p className="print-missing">{t('print.mapMissing', { reason: prepared.imageError ?? '' })}</p>
        )}
      </figure>
      <section className="print-section">
        <h2>{t('print.events', { count: formatNumber(table.rows.length, lang) })}</h2>
        {prepared.shownCount > table.rows.length ? (
          <p className="print-beyond">
            {t('print.beyond', { count: formatNumber(prepared.shownCount - table.rows.length, lang) })}
          </p>
        ) : null}
        {table.rows.length === 0 ? (
          <p>{t('print.noEvents')}</p>
        ) : (
          <table className="print-events">
            <colgroup>
              <col className="print-col-n" />
              <col className="print-col-date" />
              <col className="print-col-event" />
              <col className="print-col-place" />
              <col className="print-col-figures" />
              <col className="print-col-sources" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('print.col.number')}</th>
                <th scope="col">{t('details.date')}</th>
                <th scope="col">{t('print.col.event')}</th>
                <th scope="col">{t('print.col.place')}</th>
                <th scope="col">{t('print.col.figures')}</th>
                <th scope="col">{t('details.sources')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.event.id} data-event-id={row.event.id}>
                  <th scope="row" className="print-n">
                    {row.n}
                  </th>
                  <DateCell row={row} lang={lang} t={t} />
                  <td className="print-event">
                    <LocalText value={row.event.title} />
                    <span className="print-category">{t(`category.${row.event.category}`)}</span>
                  </td>
                  <PlaceCell row={row} t={t} lang={lang} />
                  <FiguresCell row={row} sources={sources} numbers={numbers} t={t} lang={lang} />
                  <td className="print-event-sources">
                    {row.sourceNumbers.map((n) => {
                      const id = table.sources[n - 1]?.id ?? '';
                      return (
                        <span key={n} className="print-source-ref">
                          [{n}] {shortSourceLabel(sources[id], id, t)}
                        </span>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {table.sources.length > 0 ? (
        <section className="print-section">
          <h2>{t('print.sources')}</h2>
          <ol className="print-sources">
            {table.sources.map(({ n, id, source }) => (
              <li key={id} value={n}>
                {source ? <SourceCitation source={source} /> : id}
                {source?.url ? <span className="print-url"> {source.url}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section className="print-section print-cite">
        <h2>{t('print.cite')}</h2>
        <p>{prepared.citation}</p>
        <p>
          {t('print.link')} <a href={prepared.link}>{prepared.link}</a>
        </p>
      </section>
    </article>
  );
}
