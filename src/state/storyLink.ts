/**
 * A story carried inside a link, with no server: the story file's JSON, deflated and written in
 * base64url, in the link's fragment (`#story=…`), which browsers never send to a server. Reading
 * one never throws: a damaged, cut or oversized text gives a reason the app can show.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseStoryFile, storyFileOf } from '../data/storySchema';
import type { Story } from '../model/story';

/**
 * The longest story text a link may carry. Links this long still open in every current browser,
 * but chat apps and mail clients start to cut longer ones; a longer story goes as a file.
 */
export const MAX_STORY_LINK_CHARS = 8000;
/** A story file inflated past this is not a story a person wrote: refused before JSON parsing. */
const MAX_INFLATED_BYTES = 2_000_000;

export type DecodedStory = { story: Story } | { error: 'damaged' | 'tooLong' | 'invalid'; detail?: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

// The address bar is rewritten after every change while a story is open: the same story is deflated once.
const encoded = new WeakMap<Story, string | null>();

/** The story as link text, or null when it is too long for a link (then it travels as a file). */
export function encodeStoryForLink(story: Story): string | null {
  const known = encoded.get(story);
  if (known !== undefined) return known;
  const text = toBase64Url(deflateSync(strToU8(JSON.stringify(storyFileOf([story]))), { level: 9 }));
  const result = text.length <= MAX_STORY_LINK_CHARS ? text : null;
  encoded.set(story, result);
  return result;
}

/** The story a link carries, checked against the story format (ids against the record come later, when it is loaded). */
export function decodeStoryFromLink(text: string): DecodedStory {
  if (text.length > MAX_STORY_LINK_CHARS) return { error: 'tooLong' };
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length === 0) return { error: 'damaged' };
  let json: unknown;
  try {
    const inflated = inflateSync(bytes);
    if (inflated.length > MAX_INFLATED_BYTES) return { error: 'tooLong' };
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return { error: 'damaged' };
  }
  const { stories, errors } = parseStoryFile(json, null);
  const story = stories[0];
  if (!story || stories.length !== 1) return { error: 'invalid', detail: errors[0]?.message };
  return { story };
}
