import { describeStoryErrors, storyContextOf, unknownIds } from '../data/storySchema';
import type { Story } from '../model/story';
import type { AppState } from './appState';

/**
 * Why a story from a file or a link cannot be walked with the record loaded here (it names events
 * or places this record does not hold), in one line; null when it can.
 */
export function storyProblems(story: Story, state: Pick<AppState, 'data'>): string | null {
  if (!state.data) return null;
  const errors = unknownIds(story, storyContextOf(state.data));
  return errors.length > 0 ? describeStoryErrors(errors) : null;
}
