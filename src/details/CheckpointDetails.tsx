import { SourceCitation } from '../components/SourceCitation';
import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import type { CrossingStatus } from '../model/crossingStatus';
import { toDayNumber } from '../model/days';
import { LOCATION_PRECISIONS, type LocationPrecision, type Source, type StateInterval } from '../model/record';
import { selectCheckpointEvents, selectCheckpointStatuses, selectSelectedCheckpoint } from '../state/selectors';
import { useActions, useApp } from '../state/store';
import { DetailsClose } from './DetailsClose';
import { DETAILS_ZOOM } from './detailsZoom';
import { useDetailsPanel } from './useDetailsPanel';
import './details.css';
import './checkpointDetails.css';

function isLocationPrecision(value: string | undefined): value is LocationPrecision {
  return (LOCATION_PRECISIONS as readonly (string | undefined)[]).includes(value);
}

/** A crossing's status as on the map: its colour as a ring, then its name. */
function StatusName({ status }: { status: CrossingStatus }) {
  const t = useT();
  return (
    <>
      <span className={`status-ring status-ring-${status}`} aria-hidden="true" />
      {t(`density.legend.${status}`)}
    </>
  );
}

/** One interval as the record gives it: status, dates (the last day, as the lanes show it), note and sources. */
function HistoryEntry({ interval, sources }: { interval: StateInterval; sources: Record<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const from = formatDay(toDayNumber(interval.from), lang);
  return (
    <li>
      <span className="checkpoint-interval">
        <strong>
          <StatusName status={interval.status} />
        </strong>{' '}
        {interval.to
          ? t('checkpoint.period', { from, to: formatDay(toDayNumber(interval.to) - 1, lang) })
          : t('checkpoint.periodOpen', { from })}
      </span>
      {interval.note ? (
        <span className="checkpoint-note">
          <LocalText value={interval.note} />
        </span>
      ) : null}
      <span className="checkpoint-sources">
        {t('details.sources')}:{' '}
        {interval.sources.map((id, i) => {
          const source = sources[id];
          return (
            <span key={id}>
              {i > 0 ? '; ' : null}
              {source ? <SourceCitation source={source} /> : id}
            </span>
          );
        })}
      </span>
    </li>
  );
}

/** The selected crossing: both sides' names, where the point is and how sure, its status on the date, its history and its events. */
export function CheckpointDetails() {
  const t = useT();
  const lang = useLang();
  const data = useApp((s) => s.data);
  const day = useApp((s) => s.day);
  const checkpoint = useApp(selectSelectedCheckpoint);
  const statuses = useApp(selectCheckpointStatuses);
  const events = useApp(selectCheckpointEvents);
  const { reveal, selectCheckpoint, zoomTo } = useActions();
  const selectedId = checkpoint?.id ?? null;
  const heading = useDetailsPanel(selectedId, selectCheckpoint);

  if (!data || !checkpoint) return null;
  const { place, lane } = checkpoint;
  const location = place?.location;
  const precision = place?.precision;
  const intervals = lane?.intervals ?? [];

  return (
    <section className="event-details checkpoint-details" aria-label={t('checkpoint.region')}>
      <div className="details-toolbar">
        {location ? (
          <button type="button" className="details-zoom" onClick={() => zoomTo(location, DETAILS_ZOOM)}>
            {t('details.zoom')}
          </button>
        ) : null}
        <DetailsClose onClose={() => selectCheckpoint(null)} />
      </div>
      <h2 className="checkpoint-title" ref={heading} tabIndex={-1}>
        {place ? <LocalText value={place.name} /> : checkpoint.id}
      </h2>
      <dl className="details-facts">
        {place?.sides ? (
          <>
            <dt>{t('checkpoint.kgSide')}</dt>
            <dd>
              <LocalText value={place.sides.kg} />
            </dd>
            <dt>{t('checkpoint.tjSide')}</dt>
            <dd>
              <LocalText value={place.sides.tj} />
            </dd>
          </>
        ) : null}
        {isLocationPrecision(precision) ? (
          <>
            <dt>{t('details.location')}</dt>
            <dd>{t(`precision.${precision}`)}</dd>
          </>
        ) : null}
        <dt>{t('checkpoint.statusOn', { date: formatDay(day, lang) })}</dt>
        <dd data-status={statuses[checkpoint.id] ?? 'unknown'}>
          <StatusName status={statuses[checkpoint.id] ?? 'unknown'} />
        </dd>
      </dl>
      <h3>{t('checkpoint.history')}</h3>
      {intervals.length > 0 ? (
        <ol className="checkpoint-history">
          {intervals.map((interval) => (
            <HistoryEntry key={`${interval.from}|${interval.status}`} interval={interval} sources={data.sources} />
          ))}
        </ol>
      ) : (
        <p>{t('checkpoint.noHistory')}</p>
      )}
      <h3>{t('checkpoint.events')}</h3>
      {events.length > 0 ? (
        <ul className="checkpoint-events">
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => reveal(e.id, 'goTo')}>
                <time dateTime={e.date}>{formatPrecisionDate(e.date, e.precision, lang)}</time> <LocalText value={e.title} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('checkpoint.noEvents')}</p>
      )}
    </section>
  );
}
