import { Fragment } from 'react';
import { CiteEventButton } from '../cite/CiteButton';
import { CategorySwatch } from '../components/CategorySwatch';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { footprintBounds } from '../model/eventPlaces';
import { localized, localizedName } from '../model/localized';
import { selectAdjacentEvents, selectCheckpointIds, selectSelectedEvent } from '../state/selectors';
import { useActions, useApp } from '../state/store';
import { BorderLine } from './BorderLine';
import { DetailsClose } from './DetailsClose';
import { DETAILS_ZOOM } from './detailsZoom';
import { FigureSummary } from './FigureSummary';
import { FigureTable } from './FigureTable';
import { GoToDate } from './GoToDate';
import { RecordUpdated } from './RecordUpdated';
import { SourceList } from './SourceList';
import { useDetailsPanel } from './useDetailsPanel';
import './details.css';

export function EventDetails() {
  const t = useT();
  const lang = useLang();
  const data = useApp((s) => s.data);
  const event = useApp(selectSelectedEvent);
  const { prev, next } = useApp(selectAdjacentEvents);
  const checkpointIds = useApp(selectCheckpointIds);
  const { select, reveal, selectCheckpoint, fitTo } = useActions();
  const selectedId = event?.id ?? null;
  const heading = useDetailsPanel(selectedId, select);

  if (!data || !event) return null;
  // Kyrgyz and Tajik fall back to the Russian name, never a Latin one inside Cyrillic text.
  const named = event.places.map((id) => {
    const name = data.places[id]?.name;
    return { id, name: name ? localizedName(name, lang).text : id };
  });
  // A village and the enclave around it share a name ("Vorukh, Vorukh" says nothing twice): once,
  // keeping a crossing's entry, which opens its own details.
  const rank = (id: string, i: number) => (checkpointIds.has(id) ? i : named.length + i);
  const places = named.filter((p, i) => !named.some((q, j) => q.name === p.name && rank(q.id, j) < rank(p.id, i)));

  return (
    <section className="event-details" aria-label={t('details.region')}>
      <div className="details-toolbar">
        <button type="button" onClick={() => prev && reveal(prev.id, 'goTo')} disabled={!prev}>
          <span aria-hidden="true">← </span>
          <span className="label-narrow-hidden">{t('details.previous')}</span>
        </button>
        <button type="button" onClick={() => next && reveal(next.id, 'goTo')} disabled={!next}>
          <span className="label-narrow-hidden">{t('details.next')}</span>
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="details-zoom" onClick={() => fitTo(footprintBounds(event, data.places), DETAILS_ZOOM)}>
          {t('details.zoom')}
        </button>
        <GoToDate event={event} />
        <DetailsClose onClose={() => select(null)} />
      </div>
      <h2 id="event-details-title" ref={heading} tabIndex={-1}>
        <LocalText value={event.title} />
      </h2>
      {event.imported ? (
        <p className="details-imported">
          <span className="badge-imported">{t('import.badge')}</span>{' '}
          {t('import.origin', { file: event.imported.fileName, row: event.imported.row })}
        </p>
      ) : null}
      <FigureSummary figures={event.figures} sources={data.sources} />
      <dl className="details-facts">
        <dt>{t('details.date')}</dt>
        <dd>
          <time dateTime={event.date}>{formatPrecisionDate(event.date, event.precision, lang)}</time>
          {event.end ? (
            <>
              {' – '}
              <time dateTime={event.end}>{formatPrecisionDate(event.end, 'day', lang)}</time>
            </>
          ) : null}
        </dd>
        <dt>{t('details.category')}</dt>
        <dd>
          <CategorySwatch category={event.category} />
          {t(`category.${event.category}`)}
        </dd>
        {places.length > 0 ? (
          <>
            <dt>{t('details.places')}</dt>
            <dd>
              {places.map(({ id, name }, i) => (
                <Fragment key={id}>
                  {i > 0 ? ', ' : null}
                  {/* A crossing has details of its own: the way in for those who do not click the map. */}
                  {checkpointIds.has(id) ? (
                    <button type="button" className="link-button details-place" onClick={() => selectCheckpoint(id)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </Fragment>
              ))}
            </dd>
          </>
        ) : null}
        {event.placeName ? (
          // A place only named in the person's file (no place of the record behind it): said so.
          <>
            <dt>{t('details.places')}</dt>
            <dd className="details-place-name">{t('import.placeName', { place: localized(event.placeName, lang) })}</dd>
          </>
        ) : null}
        <dt>{t('details.location')}</dt>
        <dd>
          {t(`precision.${event.locationPrecision}`)} <LocalText value={event.locationNote} />
        </dd>
        <BorderLine precision={event.locationPrecision} />
      </dl>
      <p className="details-summary">
        <LocalText value={event.summary} />
      </p>
      <FigureTable figures={event.figures} sources={data.sources} />
      <SourceList ids={event.sources} sources={data.sources} />
      <RecordUpdated />
      <CiteEventButton />
    </section>
  );
}
