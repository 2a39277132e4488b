import { type KeyboardEvent, useEffect, useRef } from 'react';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { toDayNumber } from '../model/days';
import { storyText } from '../model/story';
import { useActions, useApp } from '../state/store';
import { selectStoryMarks, selectStoryStep } from '../state/storySelectors';
import { StepEvidence } from './StepEvidence';
import { StoryText } from './StoryText';
import { useStoryPlayer } from './useStoryPlayer';
import './stories.css';

/** Keys that belong to a field: ←/→ there move the caret, not the story. */
function isField(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The open story: a region named "Story" headed by the story's title, the step's place in it, its
 * date or period, its text and what the text rests on, and the controls. ←/→ step while focus is
 * inside. On a phone it sits in the bottom sheet, above the map.
 */
export function StoryPanel() {
  const t = useT();
  const lang = useLang();
  const open = useApp((s) => s.story);
  const step = useApp(selectStoryStep);
  const marks = useApp(selectStoryMarks);
  const playing = useApp((s) => s.storyPlaying);
  const { goToStep, exitStory, setStoryPlaying } = useActions();
  const region = useRef<HTMLElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = open ? `${open.story.id}:${open.step}` : null;
  const focusedStory = useRef<unknown>(null);
  useStoryPlayer();

  // The focus goes to the step's title when a story opens (from the list or a link: the reader starts
  // at the text), and when a step change leaves it nowhere useful: on a button that has just become
  // the end (Next at the last step) or on the page itself. A key or button inside the panel keeps it.
  useEffect(() => {
    if (!shownStep || !open) return;
    const active = document.activeElement;
    const opened = focusedStory.current !== open.story;
    focusedStory.current = open.story;
    const atEnd = !!active && region.current?.contains(active) === true && active.getAttribute('aria-disabled') === 'true';
    if (opened || atEnd || active === null || active === document.body) stepHeading.current?.focus({ preventScroll: true });
  }, [shownStep, open]);

  if (!open || !step) return null;
  const count = open.story.steps.length;
  const atStart = open.step === 0;
  const atEnd = open.step === count - 1;
  const previous = () => {
    if (!atStart) goToStep(open.step - 1);
  };
  const next = () => {
    if (!atEnd) goToStep(open.step + 1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
    if (e.key === 'ArrowLeft') previous();
    else if (e.key === 'ArrowRight') next();
    else return;
    e.preventDefault();
  };
  const day = toDayNumber(step.date);
  const period = marks?.period;
  const when =
    period && period.from !== period.to
      ? t('story.period', { from: formatDay(period.from, lang), to: formatDay(period.to, lang) })
      : formatDay(day, lang);
  const title = storyText(open.story.title, lang);

  return (
    <section ref={region} className="story-panel" aria-label={t('story.region')} onKeyDown={onKeyDown} data-origin={open.origin}>
      <p className="story-kind">
        {t(open.origin === 'builtin' ? 'story.kind' : open.origin === 'personal' ? 'story.kindPersonal' : 'story.kindShared')}
      </p>
      <h2 className="story-title">
        <StoryText value={open.story.title} />
      </h2>
      <p className="story-progress" aria-live="polite" aria-atomic="true">
        {t('story.stepOf', { step: String(open.step + 1), count: String(count) })}
        <span className="visually-hidden">: {storyText(step.title, lang).text}</span>
      </p>
      <h3 ref={stepHeading} tabIndex={-1} className="story-step-title">
        <StoryText value={step.title} />
      </h3>
      <p className="story-when">{when}</p>
      <div className="story-text">
        <StoryText value={step.text} paragraphs />
      </div>
      <StepEvidence step={step} />
      <div className="story-controls">
        <button type="button" onClick={previous} aria-disabled={atStart} className="story-previous">
          <span aria-hidden="true">← </span>
          {t('story.previous')}
        </button>
        <button type="button" onClick={next} aria-disabled={atEnd} className="story-next">
          {t('story.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" onClick={() => setStoryPlaying(!playing)} aria-pressed={playing} className="story-play">
          {playing ? t('story.pause') : t('story.play')}
        </button>
        <button type="button" onClick={exitStory} className="story-exit">
          {t('story.exit')}
        </button>
      </div>
      <p className="story-keys">{t('story.keys', { title: title.text })}</p>
    </section>
  );
}
