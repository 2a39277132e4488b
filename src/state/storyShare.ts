import type { Lang } from '../model/languages';
import type { Story } from '../model/story';
import { encodeStoryForLink } from './storyLink';
import { EMPTY_URL_STATE, serializeUrl } from './urlState';

/**
 * A link that opens the reader's own story at its first step, with the story inside it (in the
 * fragment: no server ever sees it). Null when the story is too long for a link.
 */
export function storyLinkOf(story: Story, base: string, lang: Lang | null, recordVersion: string | null): string | null {
  if (encodeStoryForLink(story) === null) return null;
  const { search, hash } = serializeUrl({ ...EMPTY_URL_STATE, sharedStory: { story }, step: 1, lang, recordVersion });
  const url = new URL(base);
  return `${url.origin}${url.pathname}${search}${hash}`;
}
