import { useEffect, useRef } from 'react';
import { formatPrecisionDate } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { storyPeriod, storyText } from '../model/story';
import { useActions, useApp, useAppStore } from '../state/store';
import { ensureStories } from './ensureStories';
import { MyStory } from './MyStory';
import { StoryText } from './StoryText';
import './stories.css';

/** The period of a story's steps, as months: "April 2021 – October 2021", or one month. */
function usePeriodText(): (story: Parameters<typeof storyPeriod>[0]) => string {
  const t = useT();
  const lang = useLang();
  return (story) => {
    const period = storyPeriod(story);
    if (!period) return '';
    const from = formatPrecisionDate(period.from.slice(0, 7), 'month', lang);
    const to = formatPrecisionDate(period.to.slice(0, 7), 'month', lang);
    return from === to ? from : t('story.period', { from, to });
  };
}

/**
 * The "Stories" panel of the side pane: the built-in stories (title, period, length, a line on
 * each, Start), and the reader's own story. Opening it loads the stories, once.
 */
export function StoriesPanel() {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const open = useApp((s) => s.storiesOpen);
  const stories = useApp((s) => s.stories);
  const problem = useApp((s) => s.storiesProblem);
  const hasData = useApp((s) => s.data !== null);
  const { setStoriesOpen, openStory } = useActions();
  const periodText = usePeriodText();
  const panel = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (open && hasData) void ensureStories(store);
  }, [open, hasData, store]);
  // Opened from elsewhere (the header, the first screen): bring the panel into view and to the keyboard.
  useEffect(() => {
    if (!open || !panel.current) return;
    if (!panel.current.contains(document.activeElement)) {
      panel.current.scrollIntoView({ block: 'nearest' });
      panel.current.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
    }
  }, [open]);

  if (!hasData) return null;
  return (
    <details
      ref={panel}
      className="stories"
      id="stories-panel"
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setStoriesOpen(e.currentTarget.open);
      }}
    >
      <summary>{t('stories.heading')}</summary>
      <p className="stories-intro">{t('stories.intro')}</p>
      {stories === null ? <p role="status">{t('stories.loading')}</p> : null}
      {problem && stories?.length === 0 ? <p className="is-error">{t('stories.unavailable')}</p> : null}
      {stories && stories.length > 0 ? (
        <ul className="stories-list">
          {stories.map((story) => {
            const title = storyText(story.title, lang).text;
            return (
              <li key={story.id} className="stories-item" data-story={story.id}>
                <h3>
                  <StoryText value={story.title} />
                </h3>
                <p className="stories-meta">
                  {periodText(story)} ·{' '}
                  {t(story.steps.length === 1 ? 'stories.steps.one' : 'stories.steps', { count: String(story.steps.length) })}
                </p>
                {story.summary ? (
                  <p className="stories-summary">
                    <StoryText value={story.summary} />
                  </p>
                ) : null}
                <button
                  type="button"
                  onClick={() => openStory('builtin', story, 0)}
                  aria-label={t('stories.startNamed', { title })}
                >
                  {t('stories.start')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <MyStory />
    </details>
  );
}
