/**
 * What the views and the map read of an open story: the step on screen, the events it highlights,
 * and where its steps fall on the timeline. Memoised like every selector (selectors.ts).
 */
import { toDayNumber } from '../model/days';
import type { Story, StoryStep } from '../model/story';
import { endBound } from '../model/timeMode';
import type { AppState } from './appState';
import { memoizeLast } from './memoize';
import { stepLinkState } from './storyView';

const NONE: ReadonlySet<string> = new Set();

export function selectStoryStep(state: Pick<AppState, 'story'>): StoryStep | null {
  return state.story ? (state.story.story.steps[state.story.step] ?? null) : null;
}

const highlightsOf = memoizeLast((step: StoryStep | null): ReadonlySet<string> => (step?.events ? new Set(step.events) : NONE));

/** The events the step on screen rests on: the map rings them, the list marks them. Empty outside a story. */
export function selectStoryHighlights(state: Pick<AppState, 'story'>): ReadonlySet<string> {
  return highlightsOf(selectStoryStep(state));
}

export interface StoryMarks {
  /** Each step's date as a day number, in step order. */
  steps: number[];
  current: number;
  /** The period the step on screen shows (window or instant mode): first and last day; null for "everything up to the date". */
  period: { from: number; to: number } | null;
}

const marksOf = memoizeLast((story: Story, current: number): StoryMarks => {
  const step = story.steps[current] as StoryStep;
  const link = stepLinkState(step);
  const day = toDayNumber(step.date);
  const mode = link.mode ?? 'cumulative';
  const bound = endBound({ day, mode, windowMonths: link.windowMonths ?? 0 });
  const period = mode === 'cumulative' ? null : { from: Math.min(day, bound + 1), to: day };
  return { steps: story.steps.map((s) => toDayNumber(s.date)), current, period };
});

/** Where the open story's steps fall on the timeline, for the density strip; null outside a story. */
export function selectStoryMarks(state: Pick<AppState, 'story'>): StoryMarks | null {
  return state.story ? marksOf(state.story.story, state.story.step) : null;
}
