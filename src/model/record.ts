/**
 * The event record's domain types and their closed vocabularies. The zod schemas in
 * src/data/eventSchema.ts validate files against these (a compile-time check keeps the two equal);
 * everything above src/data uses these types.
 */
import type { Category } from './category';
import type { Lang } from './languages';

export const SCHEMA_VERSION = 1;

/** Years an event or a state may fall in: a wide guard against typos such as 2205 or 1925. */
export const YEAR_RANGE = { min: 1990, max: 2030 } as const;

export const DATE_PRECISIONS = ['day', 'month', 'season', 'year'] as const;
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'inferred', 'region'] as const;
export const PLACE_PRECISIONS = ['exact', 'approximate', 'inferred', 'unknown'] as const;
/** 'import': a row of a file the person imported into their own browser (never in the built-in record). */
export const SOURCE_KINDS = ['seed', 'news', 'official', 'reference', 'other', 'import'] as const;
export const FIGURE_METRICS = ['killed', 'injured', 'displaced', 'evacuated', 'other'] as const;
export const FIGURE_SIDES = ['KG', 'TJ', 'UZ', 'total'] as const;
/** How the source worded the number: "at least 94" is not "94". Kept so the UI can say it back. */
export const FIGURE_QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to'] as const;

export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type FigureMetric = (typeof FIGURE_METRICS)[number];
export type FigureSide = (typeof FIGURE_SIDES)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** English is required; every other interface language is optional. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Lang, 'en'>, string>>;

export type LonLat = [number, number];

export interface Source {
  publisher: string;
  title: string;
  /**
   * As precise as the source itself is dated: YYYY, YYYY-MM or YYYY-MM-DD. Absent only on a row of
   * an imported file ('import'), whose publication date the file does not give: the import day is
   * not the source's date.
   */
  date?: string | undefined;
  /**
   * The copy used bears no date of its own (an encyclopedia page): `date` is then only the latest
   * year its content reaches, and is never shown as a publication date.
   */
  undated?: boolean | undefined;
  url?: string | undefined;
  kind: SourceKind;
  /**
   * The copy read is a republication on another site (`publisher` names both: "24.kg (copy on
   * uzsushi.com)"): cited only when the original could not be read, and never an original outlet.
   */
  mirror?: true | undefined;
  /**
   * `title` is ours, describing the article, because no copy that could be read shows its headline.
   * Shown in square brackets, the librarian's sign for a supplied title, so it is never taken for
   * the outlet's own words.
   */
  titleSupplied?: true | undefined;
}

export interface Place {
  id: string;
  name: LocalizedText;
  /** null when no usable coordinate was found (e.g. a substation known only by its region). */
  location: LonLat | null;
  precision: PlacePrecision;
  note?: string | undefined;
}

export interface Figure {
  metric: FigureMetric;
  /** What is counted, when the metric is 'other' (e.g. "houses destroyed"). */
  label?: LocalizedText | undefined;
  side: FigureSide;
  value: number;
  qualifier: FigureQualifier;
  /** The day the source's count refers to, when tolls were revised over days. */
  asOf?: string | undefined;
  /** The one source that states this number; also listed in the event's sources. */
  source: string;
  /** Who counted, what is included: in every interface language where written (else shown as English, marked). */
  note?: LocalizedText | undefined;
  /**
   * The count covers only part of what metric and side name (one group of people, one cause, part
   * of the period), so it is never made an end of the side's range in the summary; shown apart, with its note.
   */
  partial?: boolean | undefined;
}

export interface BorderEvent {
  id: string;
  /** Written only as precisely as the sources date it; see `precision`. */
  date: string;
  precision: DatePrecision;
  /** Inclusive last day of an episode that lasted (a war, a visit). */
  end?: string | undefined;
  category: Category;
  title: LocalizedText;
  summary: LocalizedText;
  places: string[];
  location: LonLat;
  locationPrecision: LocationPrecision;
  /** Why the pin is where it is, whenever it is not an exact position. */
  locationNote?: LocalizedText | undefined;
  /**
   * A place named in words with no entry in the record's places behind it: the place column of an
   * imported file ("Kok-Tash"). Shown in the details, searched and exported like `places`.
   */
  placeName?: LocalizedText | undefined;
  /** The pin lies outside the mapped Batken/Sughd area (a capital, a summit venue…). */
  outsideRegion?: boolean | undefined;
  figures: Figure[];
  sources: string[];
  /** YYYY-MM-DD: the release date of the last record version that added or changed this event. */
  updated?: string | undefined;
}

/** Every field of an event by name: what a changelog entry may say was changed. */
export const EVENT_FIELDS = [
  'id',
  'date',
  'precision',
  'end',
  'category',
  'title',
  'summary',
  'places',
  'location',
  'locationPrecision',
  'locationNote',
  'placeName',
  'outsideRegion',
  'figures',
  'sources',
  'updated',
] as const satisfies readonly (keyof BorderEvent)[];
export type EventField = (typeof EVENT_FIELDS)[number];
// The list must name every field: a new field of BorderEvent fails the type check here.
const everyEventField: Exclude<keyof BorderEvent, EventField> extends never ? true : false = true;
void everyEventField;

/**
 * A record version, MAJOR.MINOR.PATCH: removals and id changes raise the major, added events the
 * minor, corrections of text or sources the patch (docs/DATA.md).
 */
export const RECORD_VERSION_PATTERN = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;

/** An event a version corrected, and which of its fields. */
export interface EventChange {
  id: string;
  fields: EventField[];
}

/** An event a version took out of the record, and why. */
export interface RemovedEvent {
  id: string;
  note: LocalizedText;
}

/** One released version of the record: what it added, changed and removed since the one before. */
export interface ChangelogEntry {
  version: string;
  /** YYYY-MM-DD. */
  released: string;
  note: LocalizedText;
  added: string[];
  changed: EventChange[];
  removed: RemovedEvent[];
}

/** A status the record documents for a period; days no interval covers are 'unknown'. */
export const RECORDED_STATUSES = ['open', 'closed', 'restricted'] as const;

export interface StateInterval {
  status: (typeof RECORDED_STATUSES)[number];
  from: string;
  /** Exclusive: the first day the status no longer held. Absent = still so. */
  to?: string | undefined;
  sources: string[];
  note?: LocalizedText | undefined;
}

export interface EventFile {
  schemaVersion: typeof SCHEMA_VERSION;
  /**
   * The record's version and release day, equal to the changelog's last entry. Optional so an
   * older or a third-party file still loads (its version is then unknown); the shipped file has them.
   */
  version?: string | undefined;
  released?: string | undefined;
  /** Every released version, oldest first. */
  changelog?: ChangelogEntry[] | undefined;
  /**
   * Set only in a cut of the record to one reader's language (data/events.<lang>.json): the
   * languages its texts kept. The full record (data/events.json) holds every translation it has.
   */
  languages?: Lang[] | undefined;
  sources: Record<string, Source>;
  places: Place[];
  events: BorderEvent[];
  states: {
    /** The Kyrgyz–Tajik border as a whole. */
    border: StateInterval[];
    /** Per crossing, keyed by the checkpoint's feature id in public/geo/checkpoints.geojson. */
    checkpoints: Record<string, StateInterval[]>;
  };
}
