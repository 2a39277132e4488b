import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { mayTakeFocus } from '../components/mayTakeFocus';
import { useMediaQuery } from '../components/useMediaQuery';
import { formatDay } from '../i18n/formatDate';
import { useLang, useT } from '../language/useT';
import { toDayNumber } from '../model/days';
import { NARROW_QUERY } from '../model/layout';
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
 * Scrolls the nearest scrolling box holding `el` (the side pane, the phone's sheet) so its top shows,
 * without scrolling the page itself as scrollIntoView would (the header would leave the screen).
 */
function revealTopInPane(el: HTMLElement): void {
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
      const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
      if (offset < 0 || offset > box.clientHeight / 2) box.scrollTop += offset;
      return;
    }
  }
}

/** Whole seconds left until `at` (a Date.now() time), ticking once a second; null without a time. */
function useCountdown(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
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
  const { goToStep, exitStory, setStoryPlaying, setStoriesOpen } = useActions();
  const narrow = useMediaQuery(NARROW_QUERY);
  const region = useRef<HTMLElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = open ? `${open.story.id}:${open.step}` : null;
  const focusedStory = useRef<unknown>(null);
  const embed = useApp((s) => s.embed);
  const nextAt = useStoryPlayer();
  const seconds = useCountdown(nextAt);

  // The focus goes to the step's title when a story opens (from the list or a link: the reader starts
  // at the text), and when a step change leaves it nowhere useful: on a button that has just become
  // the end (Next at the last step) or on the page itself. A key or button inside the panel keeps it.
  useEffect(() => {
    if (!shownStep || !open) return;
    const active = document.activeElement;
    const opened = focusedStory.current !== open.story;
    focusedStory.current = open.story;
    const atEnd = !!active && region.current?.contains(active) === true && active.getAttribute('aria-disabled') === 'true';
    const mayFocus = mayTakeFocus(embed);
    if (mayFocus && (opened || atEnd || active === null || active === document.body))
      stepHeading.current?.focus({ preventScroll: true });
    // A new step starts at its top: the side pane or the phone's sheet may be scrolled down the last one's sources.
    if (region.current) revealTopInPane(region.current);
  }, [shownStep, open, embed]);

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
  // No dead end: on a wide screen the list of stories comes back, to choose the next; on a phone
  // the page goes back up to the map, which the story had in view.
  const leave = (toList: boolean) => {
    exitStory();
    if (toList || !narrow) setStoriesOpen(true);
    if (narrow && !toList) window.scrollTo({ top: 0 });
  };

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
      <div className="story-controls">
        <button type="button" onClick={previous} aria-disabled={atStart} className="story-previous">
          <span aria-hidden="true">← </span>
          {t('story.previous')}
        </button>
        <button type="button" onClick={next} aria-disabled={atEnd} className="story-next">
          {t('story.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" onClick={() => setStoryPlaying(!playing)} className="story-play">
          {playing ? t('story.pause') : t('story.play')}
        </button>
        <button type="button" onClick={() => leave(false)} className="story-exit">
          {t('story.exit')}
        </button>
      </div>
      {playing && seconds !== null ? (
        <p className="story-countdown" aria-hidden="true">
          {t('story.countdown', { seconds: String(seconds) })}
        </p>
      ) : null}
      <h3 ref={stepHeading} tabIndex={-1} className="story-step-title">
        <StoryText value={step.title} />
      </h3>
      <p className="story-when">{when}</p>
      <div className="story-text">
        <StoryText value={step.text} paragraphs />
      </div>
      {atEnd ? (
        <p className="story-end">
          {t('story.end')}{' '}
          <button type="button" className="link-button" onClick={() => leave(true)}>
            {t('story.more')}
          </button>
        </p>
      ) : null}
      <StepEvidence step={step} />
      <p className="story-keys">{t('story.keys', { title: title.text })}</p>
    </section>
  );
}
