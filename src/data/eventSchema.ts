/**
 * The shape of public/data/events.json, as zod schemas validating the domain types of
 * src/model/record.ts (a compile-time check at the end keeps schema and types equal). One schema
 * per record kind, so the loader (parseEventFile) can validate records one at a time and skip a bad
 * one instead of rejecting the whole file. Every rule that can be checked inside a single record
 * lives here; rules that need other records (does the cited source exist? is an id used twice? do
 * two checkpoint intervals overlap?) live in parseEventFile.
 */

import { CATEGORIES, type Category } from '../model/category';
import { eventInterval } from '../model/days';
import { isHttpUrl } from '../model/httpUrl';
import { isIsoDay, isIsoDayMonthOrYear, isIsoMonth, isIsoYear, parseIsoDay } from '../model/isoDate';
import { LANGS, OTHER_LANGS } from '../model/languages';
import {
  type BorderEvent,
  type ChangelogEntry,
  DATE_PRECISIONS,
  EVENT_FIELDS,
  type EventFile,
  FIGURE_METRICS,
  FIGURE_QUALIFIERS,
  FIGURE_SIDES,
  type Figure,
  ID_PATTERN,
  LOCATION_PRECISIONS,
  type LocalizedText,
  PLACE_PRECISIONS,
  type Place,
  RECORD_VERSION_PATTERN,
  RECORDED_STATUSES,
  SCHEMA_VERSION,
  SOURCE_KINDS,
  type Source,
  type StateInterval,
  YEAR_RANGE,
} from '../model/record';
import { isInsideRegion } from '../model/region';
import { z } from './zod';

export const IdSchema = z.string().regex(ID_PATTERN, 'must be a kebab-case id (a–z, 0–9, single hyphens)');

const NonEmptyText = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

function inYearRange(iso: string): boolean {
  const y = yearOf(iso);
  return y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
}

const yearRangeMessage = `must fall within ${YEAR_RANGE.min}–${YEAR_RANGE.max}`;

/** A real calendar day (2021-02-30 fails) within the year range. */
export const IsoDaySchema = z
  .string()
  .refine(isIsoDay, 'must be a real date written YYYY-MM-DD')
  .refine(inYearRange, yearRangeMessage);

export const HttpUrlSchema = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL');

/** English is required; every other interface language (model/languages.ts) may be given. */
export const LocalizedTextSchema = z.strictObject({
  en: NonEmptyText,
  ...(Object.fromEntries(OTHER_LANGS.map((l) => [l, NonEmptyText.optional()])) as Record<
    (typeof OTHER_LANGS)[number],
    z.ZodOptional<typeof NonEmptyText>
  >),
});

export const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const SourceSchema = z
  .strictObject({
    publisher: NonEmptyText,
    title: NonEmptyText,
    /** As precise as the source itself is dated: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z.string().refine(isIsoDayMonthOrYear, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    /** The copy bears no date: `date` is the latest year its content reaches, not a publication date. */
    undated: z.boolean().optional(),
    url: HttpUrlSchema.optional(),
    kind: z.enum(SOURCE_KINDS),
    /** The copy read is a republication on another site; `publisher` names both. */
    mirror: z.literal(true).optional(),
    /** `title` describes the article: no readable copy shows its headline. */
    titleSupplied: z.literal(true).optional(),
  })
  .superRefine((s, ctx) => {
    // Only a row of a person's file may be undated: the built-in record dates every source.
    if (s.date === undefined && s.kind !== 'import') {
      ctx.addIssue({ code: 'custom', path: ['date'], message: "is required unless kind is 'import'" });
    }
  });

export const PlaceSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** null when no usable coordinate was found (e.g. a substation known only by its region). */
  location: LonLatSchema.nullable(),
  precision: z.enum(PLACE_PRECISIONS),
  note: NonEmptyText.optional(),
});

export const FigureSchema = z
  .strictObject({
    metric: z.enum(FIGURE_METRICS),
    /** What is counted, when the metric is 'other' (e.g. "houses destroyed"). */
    label: LocalizedTextSchema.optional(),
    side: z.enum(FIGURE_SIDES),
    value: z.number().finite().nonnegative(),
    qualifier: z.enum(FIGURE_QUALIFIERS),
    /** The day the source's count refers to, when tolls were revised over days. */
    asOf: IsoDaySchema.optional(),
    /** The one source that states this number. Must also be listed in the event's sources. */
    source: IdSchema,
    note: LocalizedTextSchema.optional(),
    /** Counts only part of what metric and side name: never an end of the summary's range. */
    partial: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.metric === 'other' && f.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: "is required when metric is 'other'" });
    }
    // A part shown without saying which part would read as a whole count.
    if (f.partial === true && f.note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'is required when partial is true (say which part)' });
    }
  });

const datePatternFor: Record<(typeof DATE_PRECISIONS)[number], { test: (s: string) => boolean; form: string }> = {
  day: { test: isIsoDay, form: 'YYYY-MM-DD' },
  month: { test: isIsoMonth, form: 'YYYY-MM' },
  season: { test: isIsoMonth, form: 'YYYY-MM (first month of the season)' },
  year: { test: isIsoYear, form: 'YYYY' },
};

export const BorderEventSchema = z
  .strictObject({
    id: IdSchema,
    /** Written only as precisely as the sources date it; see `precision`. */
    date: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    /** Inclusive last day of an episode that lasted (a war, a visit). */
    end: IsoDaySchema.optional(),
    category: z.enum(CATEGORIES as [Category, ...Category[]]),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    places: z.array(IdSchema),
    location: LonLatSchema,
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    /** Why the pin is where it is, whenever it is not an exact position. */
    locationNote: LocalizedTextSchema.optional(),
    /** A place named in words with no entry in the record's places (an imported file's place column). */
    placeName: LocalizedTextSchema.optional(),
    /** The pin lies outside the mapped Batken/Sughd area (a capital, a summit venue…). */
    outsideRegion: z.boolean().optional(),
    figures: z.array(FigureSchema),
    sources: z.array(IdSchema).min(1, 'needs at least one source'),
    /** The release day of the last version that added or changed it (checked against the changelog by the loader). */
    updated: IsoDaySchema.optional(),
  })
  .superRefine((e, ctx) => {
    const pattern = datePatternFor[e.precision];
    if (!pattern.test(e.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `must be a real date written ${pattern.form} for ${e.precision} precision`,
      });
      return;
    }
    if (!inYearRange(e.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: yearRangeMessage });
    if (e.end !== undefined && parseIsoDay(e.end)) {
      try {
        eventInterval(e);
      } catch {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before the start of the date' });
      }
    }
    if (e.locationPrecision !== 'exact' && e.locationNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['locationNote'], message: 'is required when locationPrecision is not exact' });
    }
    if (e.outsideRegion === true && e.locationNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['locationNote'], message: 'is required when outsideRegion is true' });
    }
    if (!isInsideRegion(e.location) && e.outsideRegion !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'lies outside the map region; set outsideRegion and explain in locationNote',
      });
    }
    const seen = new Set<string>();
    e.sources.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['sources', i], message: `lists source ${id} twice` });
      seen.add(id);
    });
    e.figures.forEach((f, i) => {
      if (!seen.has(f.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'source'],
          message: `cites ${f.source}, which is not among the event's sources`,
        });
      }
    });
  });

export const StateIntervalSchema = z
  .strictObject({
    status: z.enum(RECORDED_STATUSES),
    from: IsoDaySchema,
    /** Exclusive: the first day the status no longer held. Absent = still so. */
    to: IsoDaySchema.optional(),
    sources: z.array(IdSchema).min(1, 'needs at least one source'),
    note: LocalizedTextSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.to !== undefined && isIsoDay(s.to) && isIsoDay(s.from) && s.to <= s.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from (to is exclusive)' });
    }
  });

export const RecordVersionSchema = z
  .string()
  .regex(RECORD_VERSION_PATTERN, 'must be a version written MAJOR.MINOR.PATCH, e.g. 1.2.0');

/**
 * One version's entry. Rules across entries (versions rising, days not going back, ids that exist)
 * need the whole file and live in parseEventFile.
 */
export const ChangelogEntrySchema = z
  .strictObject({
    version: RecordVersionSchema,
    released: IsoDaySchema,
    note: LocalizedTextSchema,
    added: z.array(IdSchema),
    changed: z.array(
      z.strictObject({
        id: IdSchema,
        fields: z.array(z.enum(EVENT_FIELDS)).min(1, 'must name at least one changed field'),
      }),
    ),
    removed: z.array(z.strictObject({ id: IdSchema, note: LocalizedTextSchema })),
  })
  .superRefine((entry, ctx) => {
    // An event is added, changed or removed by a version, never two of these: the reader is told one thing.
    const seen = new Map<string, string>();
    const lists = [
      ['added', entry.added],
      ['changed', entry.changed.map((c) => c.id)],
      ['removed', entry.removed.map((r) => r.id)],
    ] as const;
    for (const [list, ids] of lists) {
      ids.forEach((id, i) => {
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: [list, i], message: `lists ${id} again (already in ${first})` });
        } else seen.set(id, list);
      });
    }
  });

export const EventFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: RecordVersionSchema.optional(),
  released: IsoDaySchema.optional(),
  changelog: z.array(ChangelogEntrySchema).optional(),
  languages: z.array(z.enum(LANGS)).min(1).optional(),
  sources: z.record(IdSchema, SourceSchema),
  places: z.array(PlaceSchema),
  events: z.array(BorderEventSchema),
  states: z.strictObject({
    /** The Kyrgyz–Tajik border as a whole. */
    border: z.array(StateIntervalSchema),
    /** Per crossing, keyed by the checkpoint's feature id in public/geo/checkpoints.geojson. */
    checkpoints: z.record(IdSchema, z.array(StateIntervalSchema)),
  }),
});

/*
 * The schemas must describe exactly the model's types: adding a field to one and not the other
 * fails the type check here rather than letting unvalidated data through.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchModel: [
  Same<z.infer<typeof LocalizedTextSchema>, LocalizedText>,
  Same<z.infer<typeof SourceSchema>, Source>,
  Same<z.infer<typeof PlaceSchema>, Place>,
  Same<z.infer<typeof FigureSchema>, Figure>,
  Same<z.infer<typeof BorderEventSchema>, BorderEvent>,
  Same<z.infer<typeof StateIntervalSchema>, StateInterval>,
  Same<z.infer<typeof ChangelogEntrySchema>, ChangelogEntry>,
  Same<z.infer<typeof EventFileSchema>, EventFile>,
] = [true, true, true, true, true, true, true, true];
void schemasMatchModel;
