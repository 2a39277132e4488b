/**
 * The shape of public/data/events.json, as zod schemas, and the TypeScript types derived from them.
 * One schema per record kind, so the loader (parseEventFile) can validate records one at a time
 * and skip a bad one instead of rejecting the whole file. Every rule that can be checked inside a
 * single record lives here; rules that need other records (does the cited source exist? is an id
 * used twice? do two checkpoint intervals overlap?) live in parseEventFile.
 */
import { z } from 'zod';
import { eventInterval } from './eventInterval';
import { isIsoDay, isIsoDayMonthOrYear, isIsoMonth, isIsoYear, parseIsoDay } from './isoDate';

export const SCHEMA_VERSION = 1;

/** The map's area of interest (Batken / Sughd and surroundings), lon/lat degrees. */
export const REGION_BOUNDS = { west: 67, east: 75, south: 37, north: 42.5 } as const;

/** Years an event or a state may fall in: a wide guard against typos such as 2205 or 1925. */
export const YEAR_RANGE = { min: 1990, max: 2030 } as const;

export const EVENT_CATEGORIES = [
  'clash',
  'incident',
  'closure',
  'reopening',
  'agreement',
  'treaty',
  'meeting',
  'visit',
  'infrastructure',
  'other',
] as const;
export const DATE_PRECISIONS = ['day', 'month', 'season', 'year'] as const;
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'inferred', 'region'] as const;
export const PLACE_PRECISIONS = ['exact', 'approximate', 'inferred', 'unknown'] as const;
/** 'import': a row of a file the person imported into their own browser (never in the built-in record). */
export const SOURCE_KINDS = ['seed', 'news', 'official', 'reference', 'other', 'import'] as const;
export const FIGURE_METRICS = ['killed', 'injured', 'displaced', 'evacuated', 'other'] as const;
export const FIGURE_SIDES = ['KG', 'TJ', 'UZ', 'total'] as const;
/** How the source worded the number: "at least 94" is not "94". Kept so the UI can say it back. */
export const FIGURE_QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to'] as const;
export const CROSSING_STATUSES = ['open', 'closed', 'restricted'] as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Only http and https: a `javascript:` or `data:` link must never reach an href in the app. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const HttpUrlSchema = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL');

export const LocalizedTextSchema = z.strictObject({
  en: NonEmptyText,
  ru: NonEmptyText.optional(),
  ky: NonEmptyText.optional(),
  tg: NonEmptyText.optional(),
  uz: NonEmptyText.optional(),
});

export const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const SourceSchema = z.strictObject({
  publisher: NonEmptyText,
  title: NonEmptyText,
  /** As precise as the source itself is dated: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().refine(isIsoDayMonthOrYear, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
  url: HttpUrlSchema.optional(),
  kind: z.enum(SOURCE_KINDS),
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
    note: NonEmptyText.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.metric === 'other' && f.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: "is required when metric is 'other'" });
    }
  });

function isInsideRegion([lon, lat]: readonly [number, number]): boolean {
  return lon >= REGION_BOUNDS.west && lon <= REGION_BOUNDS.east && lat >= REGION_BOUNDS.south && lat <= REGION_BOUNDS.north;
}

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
    category: z.enum(EVENT_CATEGORIES),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    places: z.array(IdSchema),
    location: LonLatSchema,
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    /** Why the pin is where it is, whenever it is not an exact position. */
    locationNote: LocalizedTextSchema.optional(),
    /** The pin lies outside the mapped Batken/Sughd area (a capital, a summit venue…). */
    outsideRegion: z.boolean().optional(),
    figures: z.array(FigureSchema),
    sources: z.array(IdSchema).min(1, 'needs at least one source'),
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
    status: z.enum(CROSSING_STATUSES),
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

export const EventFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
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

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type BorderEvent = z.infer<typeof BorderEventSchema>;
export type StateInterval = z.infer<typeof StateIntervalSchema>;
export type EventFile = z.infer<typeof EventFileSchema>;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type CrossingStatus = (typeof CROSSING_STATUSES)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
