import type { LoadedData } from '../model/loadedData';
import type { Story } from '../model/story';
import { FileLoadError, fetchJson } from './fetchJson';
import { describeStoryErrors, parseStoryFile, storyContextOf } from './storySchema';

export const STORIES_FILE = 'data/stories.json';

/**
 * The built-in stories, checked against the loaded record. Never throws: an unreadable file gives
 * no stories and its reason; stories that fail their checks are left out and listed in `problem`.
 */
export async function loadStories(
  data: Pick<LoadedData, 'events' | 'places'>,
): Promise<{ stories: Story[]; problem: string | null }> {
  let json: unknown;
  try {
    json = await fetchJson(STORIES_FILE);
  } catch (e) {
    return { stories: [], problem: e instanceof FileLoadError ? `${e.file}: ${e.reason}` : String(e) };
  }
  const { stories, errors } = parseStoryFile(json, storyContextOf(data));
  return { stories, problem: errors.length > 0 ? describeStoryErrors(errors) : null };
}
