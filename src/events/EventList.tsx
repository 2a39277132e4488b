import { useDeferredValue, useState } from 'react';
import { CategorySwatch } from '../components/CategorySwatch';
import { useRovingFocus } from '../components/useRovingFocus';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { countInMode, isRecent, newestInMode } from '../state/eventQueries';
import { selectFiltered, selectFiltersActive, selectSearchResults, selectTimeView } from '../state/selectors';
import { useActions, useApp } from '../state/store';
import { selectStoryHighlights } from '../state/storySelectors';
import './events.css';

/** How many entries to render before "show more": keeps the list fast with very large imports. */
const PAGE = 100;

/** The accessible, keyboard- and phone-friendly twin of the map markers: newest first. */
export function EventList() {
  const t = useT();
  const lang = useLang();
  const filtered = useApp(selectFiltered);
  const filtersOn = useApp(selectFiltersActive);
  // The list may lag a frame behind the slider: the map and the date come first while dragging.
  const time = useDeferredValue(useApp(selectTimeView));
  const selectedId = useApp((s) => s.selectedId);
  const inStep = useApp(selectStoryHighlights);
  const { reveal, hover } = useActions();
  const [limit, setLimit] = useState(PAGE);
  const results = useApp(selectSearchResults);
  // While searching, the list is the search's answer, most relevant first and from every date (the
  // map still shows the matches at the date). Otherwise only the entries drawn are collected, so a
  // step costs the same with 100 or 100,000 events.
  const events = results ? results.events.slice(0, limit) : newestInMode(filtered, time, limit);
  const total = results ? results.events.length : countInMode(filtered, time);
  // One Tab stop for the whole list (arrows move within it), so Tab gets past it in one press.
  const roving = useRovingFocus<HTMLOListElement>(
    events.map((e) => e.id),
    selectedId,
  );

  return (
    <section id="event-list" className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">{t('events.heading')}</h2>
      {/* Always present, so a screen reader already watches it when the first count arrives. */}
      <p className="event-list-status" role="status">
        {results ? (
          <>
            <span className="event-list-count">{t('search.count', { count: total, query: results.query })}</span>{' '}
            <span className="event-list-order">{t('search.ranked')}</span>
          </>
        ) : null}
      </p>
      {events.length === 0 && !results ? <p>{filtersOn ? t('events.emptyFiltered') : t('events.empty')}</p> : null}
      <ol ref={roving.listRef} onKeyDown={roving.onKeyDown}>
        {events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={`event-entry${isRecent(e, time.day) ? ' is-recent' : ''}${inStep.has(e.id) ? ' is-in-step' : ''}`}
              aria-current={e.id === selectedId ? 'true' : undefined}
              tabIndex={roving.tabIndexOf(e.id)}
              // A choice from the list brings the map to the event's date (a map click keeps the date).
              onClick={() => reveal(e.id, 'goTo')}
              // The map labels the entry's marker while it is pointed at or focused: where is this?
              onFocus={() => {
                roving.focused(e.id);
                hover(e.id);
              }}
              onBlur={() => hover(null)}
              onMouseEnter={() => hover(e.id)}
              onMouseLeave={() => hover(null)}
            >
              <CategorySwatch category={e.category} />
              <span className="event-entry-text">
                <span className="event-entry-title">
                  {e.imported ? <span className="badge-imported">{t('import.badge')}</span> : null}
                  {inStep.has(e.id) ? <span className="badge-in-step">{t('story.inStep')}</span> : null}
                  <LocalText value={e.title} />
                </span>
                <span className="event-entry-meta">
                  {formatPrecisionDate(e.date, e.precision, lang)} · {t(`category.${e.category}`)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
      {total > limit ? (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          {t('events.more', { count: Math.min(PAGE, total - limit) })}
        </button>
      ) : null}
    </section>
  );
}
