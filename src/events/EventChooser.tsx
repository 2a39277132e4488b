import { useEffect, useRef } from 'react';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../language/LocalText';
import { useLang, useT } from '../language/useT';
import { selectChooserEvents } from '../state/selectors';
import { useActions, useApp } from '../state/store';
import './events.css';

/** When one click hits several markers at one place, each stays reachable through this list. */
export function EventChooser() {
  const t = useT();
  const lang = useLang();
  const chooser = useApp((s) => s.chooser);
  const hasData = useApp((s) => s.data !== null);
  const events = useApp(selectChooserEvents);
  const { select, openChooser } = useActions();
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (chooser) first.current?.focus();
  }, [chooser]);

  if (!chooser || !hasData) return null;
  return (
    <div
      className="chooser"
      role="dialog"
      aria-label={t('chooser.heading', { count: events.length })}
      style={{ left: chooser.x, top: chooser.y }}
      onKeyDown={(e) => e.key === 'Escape' && openChooser(null)}
    >
      <p className="chooser-heading">{t('chooser.heading', { count: events.length })}</p>
      <ul>
        {events.map((e, i) => (
          <li key={e.id}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => select(e.id)}>
              <LocalText value={e.title} />{' '}
              <span className="event-entry-meta">({formatPrecisionDate(e.date, e.precision, lang)})</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => openChooser(null)}>
        {t('chooser.close')}
      </button>
    </div>
  );
}
