import { CategorySwatch } from '../components/CategorySwatch';
import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import { localized } from '../model/localized';
import { selectFiltered } from '../state/selectors';
import { useApp } from '../state/store';
import { captionEvent } from './playCaption';
import './playCaption.css';

/**
 * While playback runs, a caption on the map: the date and the event being passed, so the map says
 * what is happening without a look down at the slider. Hidden from screen readers, which hear the
 * same from the Announcer; gone when playback stops.
 */
export function PlayCaption() {
  const playing = useApp((s) => s.playing);
  const day = useApp((s) => s.day);
  const lang = useApp((s) => s.lang);
  const event = useApp((s) => (s.playing ? captionEvent(selectFiltered(s), s.day) : null));
  if (!playing) return null;
  return (
    <div className="play-caption" aria-hidden="true" data-testid="play-caption">
      <span className="play-caption-date">{formatDay(day, lang)}</span>
      {event ? (
        <span className="play-caption-event">
          <CategorySwatch category={event.category} />
          <span className="play-caption-title">
            {localized(event.title, lang)}
            {/* Its own date, at its own precision: a season-long episode is not "16 December". */}
            <span className="play-caption-when"> · {formatPrecisionDate(event.date, event.precision, lang)}</span>
          </span>
        </span>
      ) : null}
    </div>
  );
}
