import { useEffect, useRef } from 'react';
import { formatPrecisionDate } from '../i18n/formatDate';
import { LocalText } from '../i18n/LocalText';
import { useLang, useT } from '../i18n/useT';
import { useApp } from '../state/store';

/** When one click hits several markers at one place, each stays reachable through this list. */
export function EventChooser() {
  const t = useT();
  const lang = useLang();
  const chooser = useApp((s) => s.chooser);
  const data = useApp((s) => s.data);
  const filtered = useApp((s) => s.filtered);
  const select = useApp((s) => s.select);
  const openChooser = useApp((s) => s.openChooser);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (chooser) first.current?.focus();
  }, [chooser]);

  if (!chooser || !data) return null;
  const events = chooser.ids.flatMap((id) => filtered.find((e) => e.id === id) ?? []);
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
