import { del, get, set } from 'idb-keyval';
import { BorderEventSchema, IdSchema, SourceSchema } from '../data/eventSchema';
import { z } from '../data/zod';
import { type ImportedFile, PROBLEM_CODES } from '../model/importedFile';

/** One IndexedDB key holds every kept import; bump the suffix if the stored shape changes. */
export const STORAGE_KEY = 'kg-tj-border-map/imports-v1';

const RowErrorSchema = z.object({
  row: z.number(),
  field: z.string(),
  code: z.enum(PROBLEM_CODES),
  value: z.string().optional(),
});
const StoredFileSchema = z.object({
  id: IdSchema,
  name: z.string(),
  importedAt: z.string(),
  events: z.array(z.unknown()),
  rows: z.array(z.number()),
  sources: z.record(IdSchema, SourceSchema),
  errors: z.array(RowErrorSchema),
  errorCount: z.number(),
  rowCount: z.number(),
});

/*
 * Storage is outside the app's control (another tab, an old version, a hand edit in devtools), so
 * what comes back is checked like any import: a bad file is dropped, a bad event inside it skipped.
 */
export function validStoredImports(value: unknown): ImportedFile[] {
  if (!Array.isArray(value)) return [];
  const files: ImportedFile[] = [];
  for (const item of value) {
    const file = StoredFileSchema.safeParse(item);
    if (!file.success) continue;
    const events: ImportedFile['events'] = [];
    const rows: number[] = [];
    file.data.events.forEach((e, i) => {
      const event = BorderEventSchema.safeParse(e);
      if (event.success && event.data.sources.every((s) => s in file.data.sources)) {
        events.push(event.data);
        rows.push(file.data.rows[i] ?? 0);
      }
    });
    files.push({ ...file.data, events, rows, sources: undateImportDay(file.data.sources, file.data.importedAt) });
  }
  return files;
}

/** Imports kept by an older version dated each row's source with the import day, which is not its date. */
function undateImportDay(sources: ImportedFile['sources'], importedAt: string): ImportedFile['sources'] {
  const out: ImportedFile['sources'] = {};
  for (const [id, source] of Object.entries(sources)) {
    if (source.kind === 'import' && source.date === importedAt) {
      const { date: _importDay, ...undated } = source;
      out[id] = undated;
    } else out[id] = source;
  }
  return out;
}

/*
 * Whether the person chose to keep imports, in localStorage: reading it costs nothing, whereas even
 * asking IndexedDB creates a database, which a visitor who never imported should not find behind.
 */
const KEEP_FLAG = 'kg-tj-border-map/keep-imports';

function keepFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEEP_FLAG) === '1';
  } catch {
    return false;
  }
}

function setKeepFlag(keep: boolean): void {
  try {
    if (keep) globalThis.localStorage?.setItem(KEEP_FLAG, '1');
    else globalThis.localStorage?.removeItem(KEEP_FLAG);
  } catch {
    // Storage refused (private mode, policy): keeping simply does not survive the reload.
  }
}

/** Never throws: private windows and locked-down browsers refuse IndexedDB, which only means nothing is kept. */
export async function loadStoredImports(): Promise<ImportedFile[] | null> {
  if (!keepFlag()) return null;
  try {
    const value = await get(STORAGE_KEY);
    return value === undefined ? null : validStoredImports(value);
  } catch {
    return null;
  }
}

export async function saveImports(files: readonly ImportedFile[]): Promise<boolean> {
  try {
    setKeepFlag(true);
    await set(STORAGE_KEY, files);
    return true;
  } catch {
    return false;
  }
}

export async function forgetStoredImports(): Promise<boolean> {
  setKeepFlag(false);
  try {
    await del(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
