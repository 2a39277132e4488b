import { formatDay, formatPrecisionDate } from '../i18n/formatDate';
import { modeText } from '../i18n/modeText';
import { useLang, useT } from '../language/useT';
import { localized } from '../model/localized';
import { storyText } from '../model/story';
import { selectSelectedEvent, selectShownCount, selectViewSplit } from '../state/selectors';
import { useApp } from '../state/store';
import { selectStoryStep } from '../state/storySelectors';

/**
 * What a still embed shows in words, in place of the slider it has no use for: the date, how many
 * events the map shows, the story step, and the event the view was opened on.
 */
export function StillCaption() {
  const t = useT();
  const lang = useLang();
  const day = useApp((s) => s.day);
  const hasData = useApp((s) => s.data !== null);
  // What the picture shows: the events within its view once the map has said what that is.
  const count = useApp((s) => (s.data ? (selectViewSplit(s)?.inView ?? selectShownCount(s)) : 0));
  const mode = useApp((s) => s.mode);
  const months = useApp((s) => s.windowMonths);
  const event = useApp(selectSelectedEvent);
  const story = useApp((s) => s.story);
  const step = useApp(selectStoryStep);
  if (!hasData) return null;
  const storyTitle = story ? storyText(story.story.title, lang) : null;
  const stepTitle = step ? storyText(step.title, lang) : null;
  return (
    <div className="still-caption" data-testid="still-caption">
      <p className="still-caption-date">{t('embed.stillDate', { date: formatDay(day, lang), count })}</p>
      {/* Which events a dot stands for: all up to the date, the last months, or those under way. */}
      <p className="still-caption-mode">{modeText(lang, { mode, windowMonths: months })}</p>
      {story && storyTitle && stepTitle ? (
        // A still of a story step says which story and step it is: the text itself stays in the full map.
        <p className="still-caption-story">
          <span lang={storyTitle.lang}>{storyTitle.text}</span> ·{' '}
          {t('story.stepOf', { step: story.step + 1, count: story.story.steps.length })}:{' '}
          <span lang={stepTitle.lang}>{stepTitle.text}</span>
        </p>
      ) : null}
      {event ? (
        <p className="still-caption-event">
          {localized(event.title, lang)} · {formatPrecisionDate(event.date, event.precision, lang)}
        </p>
      ) : null}
    </div>
  );
}
