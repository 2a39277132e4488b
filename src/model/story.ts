/**
 * Stories: guided walks through the record, built in (public/data/stories.json) or made by the
 * reader. One format for both (docs/STORIES.md); the zod schema in data/storySchema.ts validates
 * files against these types. A step is a whole view (date, mode, filters, layers, camera, the events
 * it rests on) plus its text: the store applies it as a link would be applied.
 */
import type { Category } from './category';
import type { Lang } from './languages';
import type { LayerGroup } from './layerGroup';
import type { LonLatBounds } from './lonLatBounds';
import type { LonLat } from './record';
import type { TimeMode, WindowMonths } from './timeMode';

/** The version of the story file format: a file with another is refused with a message, never guessed at. */
export const STORY_FORMAT = 1;

/** How many steps a story may have: a longer walk is two stories. */
export const MAX_STORY_STEPS = 40;
/** Bounds on texts, so a hostile file cannot fill the screen or the link. */
export const MAX_STORY_TITLE = 200;
export const MAX_STORY_TEXT = 4000;
/** How many events one step may highlight. */
export const MAX_STEP_EVENTS = 30;

/**
 * A text in one or more interface languages. Built-in stories give all five (a test checks); a
 * reader's own story may be written in one language only, shown as it is in the others.
 */
export type StoryText = Partial<Record<Lang, string>>;

/** Where the camera goes: fit named places, fit a box, or a centre and zoom. */
export type StoryCamera =
  | { places: string[]; maxZoom?: number | undefined }
  | { bounds: LonLatBounds; maxZoom?: number | undefined }
  | { center: LonLat; zoom: number };

export interface StoryStep {
  title: StoryText;
  /** Built-in stories always have one; a reader's own step may be a title and a view alone. */
  text?: StoryText | undefined;
  /** The slider's date, YYYY-MM-DD. */
  date: string;
  /** How the date selects events; cumulative when absent. */
  mode?: TimeMode | undefined;
  /** With the window mode: how many months back. */
  window?: WindowMonths | undefined;
  /** Only these categories shown; all when absent. */
  categories?: Category[] | undefined;
  search?: string | undefined;
  /** Only these layer groups shown; all when absent. */
  layers?: LayerGroup[] | undefined;
  /** Without one, the map fits the step's events. */
  camera?: StoryCamera | undefined;
  /** The events the text rests on: highlighted on the map and in the list, their sources under the text. */
  events?: string[] | undefined;
  /** One of `events` whose details open beside the step. */
  open?: string | undefined;
}

export interface Story {
  id: string;
  title: StoryText;
  summary?: StoryText | undefined;
  steps: StoryStep[];
}

export interface StoryFile {
  format: typeof STORY_FORMAT;
  stories: Story[];
}

/** Where an open story came from: the built-in file, the reader's own, or a link. */
export type StoryOrigin = 'builtin' | 'personal' | 'shared';

/** The reader's own story's id: not a built-in id (those are kebab-case words from the file). */
export const PERSONAL_STORY_ID = 'my-story';

/** The text in `lang`, else English, else the first language given, saying which language it is in. */
export function storyText(text: StoryText | undefined, lang: Lang): { text: string; lang: Lang } {
  if (!text) return { text: '', lang };
  const own = text[lang];
  if (own) return { text: own, lang };
  if (text.en) return { text: text.en, lang: 'en' };
  const first = Object.entries(text).find(([, v]) => typeof v === 'string' && v.trim() !== '');
  return first ? { text: first[1] as string, lang: first[0] as Lang } : { text: '', lang };
}

/**
 * Reading pace for Play, in words per minute: an unhurried reading pace (silent reading of
 * non-fiction runs at about 240), so a step is not left before it is read; the panel counts down.
 */
const WORDS_PER_MINUTE = 200;
const MIN_READING_MS = 4000;
const MAX_READING_MS = 45_000;

/** How long Play leaves a step's text on screen once the camera has arrived: it grows with the text. */
export function readingTimeMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.min(MAX_READING_MS, Math.max(MIN_READING_MS, Math.round((words / WORDS_PER_MINUTE) * 60_000)));
}

/** The first and last day the story's steps show, for the list ("2021–2022"). */
export function storyPeriod(story: Story): { from: string; to: string } | null {
  if (story.steps.length === 0) return null;
  const dates = story.steps.map((s) => s.date).sort();
  return { from: dates[0] as string, to: dates[dates.length - 1] as string };
}
