/**
 * The shape of a story file (public/data/stories.json, a reader's exported story, a story inside a
 * link), as zod schemas validating the types of model/story.ts. Each story is validated on its
 * own, so one bad story in the built-in file is skipped and reported, not the whole file; ids that
 * must exist in the record (events, places) are checked against it by `parseStoryFile`.
 */

import { CATEGORIES } from '../model/category';
import { isIsoDay } from '../model/isoDate';
import { LANGS } from '../model/languages';
import { LAYER_GROUPS } from '../model/layerGroup';
import type { LoadedData } from '../model/loadedData';
import { ID_PATTERN } from '../model/record';
import {
  MAX_STEP_EVENTS,
  MAX_STORY_STEPS,
  MAX_STORY_TEXT,
  MAX_STORY_TITLE,
  STORY_FORMAT,
  type Story,
  type StoryCamera,
  type StoryFile,
  type StoryStep,
  type StoryText,
} from '../model/story';
import { TIME_MODES, WINDOW_MONTHS } from '../model/timeMode';
import { z } from './zod';

const Id = z.string().max(200).regex(ID_PATTERN, 'must be a kebab-case id (a–z, 0–9, single hyphens)');

// Control characters (other than line breaks and tabs) have no place in a text a reader sees; they
// are how a hostile file would garble the page or the link.
const CONTROL = /(?![\n\r\t])\p{Cc}/u;

function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty')
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');
}

function localized(max: number) {
  return z
    .strictObject(
      Object.fromEntries(LANGS.map((l) => [l, text(max).optional()])) as Record<
        (typeof LANGS)[number],
        z.ZodOptional<z.ZodString>
      >,
    )
    .refine((t) => LANGS.some((l) => t[l] !== undefined), 'needs a text in at least one language');
}

const StoryTextSchema = (max: number) => localized(max) as unknown as z.ZodType<StoryText>;

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-85).max(85);
const MaxZoom = z.number().min(0).max(22).optional();

const CameraSchema: z.ZodType<StoryCamera> = z.union([
  z.strictObject({ places: z.array(Id).min(1).max(MAX_STEP_EVENTS), maxZoom: MaxZoom }),
  z
    .strictObject({ bounds: z.tuple([Lon, Lat, Lon, Lat]), maxZoom: MaxZoom })
    .refine(
      ({ bounds: [w, s, e, n] }) => w < e && s < n,
      'bounds must be [west, south, east, north] with west < east and south < north',
    ),
  z.strictObject({ center: z.tuple([Lon, Lat]), zoom: z.number().min(0).max(22) }),
]);

export const StoryStepSchema: z.ZodType<StoryStep> = z
  .strictObject({
    title: StoryTextSchema(MAX_STORY_TITLE),
    text: StoryTextSchema(MAX_STORY_TEXT).optional(),
    date: z.string().refine(isIsoDay, 'must be a real date written YYYY-MM-DD'),
    mode: z.enum(TIME_MODES).optional(),
    window: z
      .number()
      .refine((n) => (WINDOW_MONTHS as readonly number[]).includes(n), `must be one of ${WINDOW_MONTHS.join(', ')} (months)`)
      .optional() as z.ZodType<StoryStep['window']>,
    categories: z.array(z.enum(CATEGORIES as [string, ...string[]])).optional() as z.ZodType<StoryStep['categories']>,
    search: z
      .string()
      .max(200)
      .refine((s) => !CONTROL.test(s), 'must not contain control characters')
      .optional(),
    layers: z.array(z.enum(LAYER_GROUPS)).optional(),
    camera: CameraSchema.optional(),
    events: z.array(Id).max(MAX_STEP_EVENTS).optional(),
    open: Id.optional(),
  })
  .refine((s) => s.window === undefined || s.mode === 'window', {
    message: 'window is only read with "mode": "window"',
    path: ['window'],
  })
  .refine((s) => s.open === undefined || (s.events ?? []).includes(s.open), {
    message: 'open must be one of the step’s events',
    path: ['open'],
  });

export const StorySchema: z.ZodType<Story> = z.strictObject({
  id: Id,
  title: StoryTextSchema(MAX_STORY_TITLE),
  summary: StoryTextSchema(MAX_STORY_TEXT).optional(),
  steps: z.array(StoryStepSchema).min(1, 'a story needs at least one step').max(MAX_STORY_STEPS),
});

const FileShape = z.strictObject({
  format: z.literal(STORY_FORMAT, { error: `must be ${STORY_FORMAT}: this app reads story files of format ${STORY_FORMAT}` }),
  stories: z.array(z.unknown()),
});

export interface StoryError {
  /** The story's id, or its position ("stories[2]"); "file" for the file as a whole. */
  story: string;
  /** Dotted path inside the story, e.g. "steps.2.events.0". */
  field: string;
  message: string;
}

/** What a story may name, from the loaded record: anything else is an error. */
export interface StoryContext {
  eventIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
}

function issuesOf(error: z.ZodError, story: string): StoryError[] {
  return error.issues.map((i) => ({ story, field: i.path.join('.'), message: i.message }));
}

/** What the loaded record lets a story name. */
export function storyContextOf(data: Pick<LoadedData, 'events' | 'places'>): StoryContext {
  return { eventIds: new Set(data.events.map((e) => e.id)), placeIds: new Set(Object.keys(data.places)) };
}

/** The ids a story names that the record does not hold. */
export function unknownIds(story: Story, context: StoryContext): StoryError[] {
  const errors: StoryError[] = [];
  story.steps.forEach((step, s) => {
    (step.events ?? []).forEach((id, i) => {
      if (!context.eventIds.has(id))
        errors.push({ story: story.id, field: `steps.${s}.events.${i}`, message: `no event ${id} in the record` });
    });
    if (step.camera && 'places' in step.camera) {
      step.camera.places.forEach((id, i) => {
        if (!context.placeIds.has(id))
          errors.push({
            story: story.id,
            field: `steps.${s}.camera.places.${i}`,
            message: `no place ${id} on the map or in the record`,
          });
      });
    }
  });
  return errors;
}

/**
 * Never throws. A file of the wrong shape gives no stories and one error; otherwise each story is
 * kept or skipped on its own, with every reason listed. Two stories with one id keep the first.
 */
export function parseStoryFile(json: unknown, context: StoryContext | null): { stories: Story[]; errors: StoryError[] } {
  const file = FileShape.safeParse(json);
  if (!file.success) return { stories: [], errors: issuesOf(file.error, 'file') };
  const stories: Story[] = [];
  const errors: StoryError[] = [];
  file.data.stories.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown })?.id;
    const name = typeof rawId === 'string' && ID_PATTERN.test(rawId) ? rawId : `stories[${i}]`;
    const parsed = StorySchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...issuesOf(parsed.error, name));
      return;
    }
    const missing = context ? unknownIds(parsed.data, context) : [];
    if (missing.length > 0) errors.push(...missing);
    else if (stories.some((s) => s.id === parsed.data.id))
      errors.push({ story: name, field: 'id', message: 'another story has this id' });
    else stories.push(parsed.data);
  });
  return { stories, errors };
}

/** A story file holding these stories, as written to disk or into a link. */
export function storyFileOf(stories: Story[]): StoryFile {
  return { format: STORY_FORMAT, stories };
}

/** One line per error, for a notice or a test's message. */
export function describeStoryErrors(errors: readonly StoryError[]): string {
  return errors.map((e) => `${e.story}${e.field ? ` → ${e.field}` : ''}: ${e.message}`).join('; ');
}
