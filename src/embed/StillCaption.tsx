import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { localized } from '../model/localized';
import { selectSelectedEvent, selectShownCount } from '../state/selectors';
import { useApp } from '../state/store';

/**
 * What a still embed shows in words, in place of the slider it has no use for: the date, how many
 * events the map shows, and the event the view was opened on.
 */
export function StillCaption() {
  const t = useT();
  const lang = useLang();
  const day = useApp((s) => s.day);
  const hasData = useApp((s) => s.data !== null);
  const count = useApp((s) => (s.data ? selectShownCount(s) : 0));
  const event = useApp(selectSelectedEvent);
  if (!hasData) return null;
  return (
    <div className="still-caption" data-testid="still-caption">
      <p className="still-caption-date">{t('embed.stillDate', { date: formatDay(day, lang), count })}</p>
      {event ? (
        <p className="still-caption-event">
          {localized(event.title, lang)} · {formatPrecisionDate(event.date, event.precision, lang)}
        </p>
      ) : null}
    </div>
  );
}
