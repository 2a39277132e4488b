import { describeStoryErrors, parseStoryFile, storyContextOf, storyFileOf } from '../data/storySchema';
import type { LoadedData } from '../model/loadedData';
import type { Story } from '../model/story';

/** The largest story file read: far above any real story, low enough that a wrong file is refused at once. */
export const MAX_STORY_FILE_BYTES = 2_000_000;

/** The reader's story as a file of the one story format (docs/STORIES.md), pretty-printed so it can be edited by hand. */
export function storyFileText(story: Story): string {
  return `${JSON.stringify(storyFileOf([story]), null, 2)}\n`;
}

/** A file name from the story's title: letters and digits of any script kept, the rest hyphens. */
export function storyFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'story'}.story.json`;
}

export type ReadStory = { story: Story; others: number } | { error: string };

/**
 * A story file the reader opened, checked as a built-in one is, against this record. Never throws;
 * a file with several stories gives the first (and says how many others it held).
 */
export function readStoryFile(text: string, data: Pick<LoadedData, 'events' | 'places'>): ReadStory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const { stories, errors } = parseStoryFile(json, storyContextOf(data));
  const story = stories[0];
  if (!story) return { error: describeStoryErrors(errors.slice(0, 3)) || 'no story in the file' };
  return { story, others: stories.length - 1 };
}
