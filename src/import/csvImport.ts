import Papa from 'papaparse';
import { IMPORT_FIELDS } from '../model/importedFile';
import { type BuiltEvents, buildImportedEvents, type ImportContext, type RawRecord } from './buildImportedEvents';
import { guessMapping } from './columnMapping';
import { dayOrderOf } from './importDate';
import type { ColumnMapping, CsvPreview } from './importTypes';

export interface CsvTable {
  headers: string[];
  /** Data rows; rows[i] is spreadsheet row i + 2 (the header is row 1). */
  rows: string[][];
}

const SAMPLE_ROWS = 3;

function toTable(data: unknown[]): CsvTable {
  const all = data.filter(Array.isArray).map((r) => r.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))));
  const headers = (all[0] ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  return { headers, rows: all.slice(1) };
}

/** Parses CSV text (delimiter detected: comma, semicolon, tab…); synchronous, for small inputs and tests. */
export function parseCsvText(text: string): CsvTable {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  return toTable(result.data);
}

/** Parses a File in chunks, reporting the share read so far (0–1), so a large file shows progress. */
export function parseCsvFile(file: Blob, onProgress: (share: number) => void): Promise<CsvTable> {
  return new Promise((resolve, reject) => {
    const data: unknown[] = [];
    Papa.parse<string[]>(file as File, {
      header: false,
      skipEmptyLines: false,
      chunkSize: 1024 * 1024,
      chunk: (results) => {
        for (const row of results.data) data.push(row);
        onProgress(file.size > 0 ? Math.min(1, results.meta.cursor / file.size) : 1);
      },
      complete: () => resolve(toTable(data)),
      error: (error) => reject(error),
    });
  });
}

const isBlank = (cells: readonly string[]): boolean => !cells.some((c) => c.trim() !== '');

/** The rows that can become events or errors: a file's closing newline is not a row. */
export function dataRowCount(table: CsvTable): number {
  let count = 0;
  for (const r of table.rows) if (!isBlank(r)) count += 1;
  return count;
}

export function previewOf(table: CsvTable): CsvPreview {
  return {
    headers: table.headers,
    sample: table.rows.filter((r) => !isBlank(r)).slice(0, SAMPLE_ROWS),
    rowCount: dataRowCount(table),
    guess: guessMapping(table.headers),
  };
}

/** The non-blank rows as records of the mapped fields, with their spreadsheet row numbers. */
export function* tableRecords(table: CsvTable, mapping: ColumnMapping): Generator<{ row: number; record: RawRecord }> {
  for (let i = 0; i < table.rows.length; i++) {
    const cells = table.rows[i] ?? [];
    if (isBlank(cells)) continue;
    const record: RawRecord = {};
    for (const field of IMPORT_FIELDS) {
      const column = mapping[field];
      if (column !== undefined) record[field] = cells[column] ?? '';
    }
    yield { row: i + 2, record };
  }
}

/** Builds events from a parsed table; the file's day/month order is read from its whole date column first. */
export function importCsvTable(table: CsvTable, mapping: ColumnMapping, ctx: Omit<ImportContext, 'dayOrder'>): BuiltEvents {
  const dateColumn = mapping.date;
  const dayOrder = dateColumn === undefined ? 'unknown' : dayOrderOf(table.rows.map((r) => r[dateColumn] ?? ''));
  return buildImportedEvents(tableRecords(table, mapping), { ...ctx, dayOrder });
}
