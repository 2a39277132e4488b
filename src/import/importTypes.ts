import type { ImportField } from '../model/importedFile';

export const REQUIRED_FIELDS: readonly ImportField[] = ['date', 'latitude', 'longitude'];

/** Which column (by index into the header row) feeds each field; absent = not in the file. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** The person's answers in the mapping step beyond which column is which. */
export interface ImportOptions {
  /** A 0 in the fatalities column means nobody was killed (else it is read as "none reported" and dropped). */
  zeroIsCount: boolean;
}

/** Refused before parsing: larger files would freeze a phone and exhaust memory on a laptop. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Only the first errors are kept in full; the rest are counted (a broken 100k-row file must not flood the page). */
export const MAX_REPORTED_ERRORS = 500;

export interface CsvPreview {
  headers: string[];
  /** The first data rows, to help the person check the mapping. */
  sample: string[][];
  /** Data rows that hold anything: the header and blank lines (a trailing newline) are not rows. */
  rowCount: number;
  guess: ColumnMapping;
}
