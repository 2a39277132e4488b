import type { ImportContext } from '../../src/import/buildImportedEvents';
import { guessMapping } from '../../src/import/columnMapping';
import { importCsvTable, parseCsvText } from '../../src/import/csvImport';

export const IMPORT_CTX = { fileId: 'import-test', fileName: 'incidents.csv', importedAt: '2026-12-01' };

/**
 * Parses CSV text and imports it with the guessed mapping, as a person accepting the defaults would
 * (`options`: the answers the mapping step also asks, such as whether a 0 is a count).
 */
export function importCsvText(text: string, options: Pick<ImportContext, 'zeroIsCount'> = {}) {
  const table = parseCsvText(text);
  return importCsvTable(table, guessMapping(table.headers), { ...IMPORT_CTX, ...options });
}
