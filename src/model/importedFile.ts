import type { BorderEvent, Source } from './record';

/** The fields an imported event can be filled from; the first three are required. */
export const IMPORT_FIELDS = [
  'date',
  'latitude',
  'longitude',
  'title',
  'category',
  // The file's own finer words for the kind of event (ACLED's sub_event_type): titles only.
  'subtype',
  'fatalities',
  'summary',
  'source',
  'location',
  'datePrecision',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/**
 * Why a value, a row or a whole file was refused, as a code the interface translates
 * (messages 'importProblem.<code>'), with the offending value (shortened) where there is one.
 */
export const PROBLEM_CODES = [
  'empty',
  'notDate',
  'ambiguousDate',
  'notRealDate',
  'outsideYears',
  'notNumber',
  'latitudeRange',
  'longitudeRange',
  'notWholeNumber',
  'notFeature',
  'notPoint',
  'noCoordinates',
  'notText',
  'invalid',
  'tooLarge',
  'emptyFile',
  'notJson',
  'notFeatureCollection',
  'noHeader',
  'failed',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  value?: string;
}

/** One row (or feature) that was not loaded. Row numbers count the header as row 1, as spreadsheets do. */
export interface RowError extends Problem {
  row: number;
  /** The field (or the file's own column or property name) at fault. */
  field: string;
}

/** What one imported file contributes: its events (built-in record untouched), their sources and the rows refused. */
export interface ImportedFile {
  /** Kebab-case, unique per import; prefixes every event and source id of this file. */
  id: string;
  name: string;
  /** ISO day the file was imported. */
  importedAt: string;
  events: BorderEvent[];
  /** The file row (or feature number) of each event, aligned with `events`. */
  rows: number[];
  sources: Record<string, Source>;
  errors: RowError[];
  /** All bad rows, including those past the reported limit (import/importTypes). */
  errorCount: number;
  rowCount: number;
}
