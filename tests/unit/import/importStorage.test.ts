// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/import/columnMapping';
import { importCsvTable, parseCsvText } from '../../../src/import/csvImport';
import { forgetStoredImports, loadStoredImports, saveImports } from '../../../src/import/importStorage';

function file() {
  const table = parseCsvText('date,lat,lon,title\n2023-05-01,40,70.5,Mine\n');
  const built = importCsvTable(table, guessMapping(table.headers), {
    fileId: 'import-k',
    fileName: 'k.csv',
    importedAt: '2026-12-01',
  });
  return { id: 'import-k', name: 'k.csv', importedAt: '2026-12-01', ...built, rowCount: 1 };
}

describe('import storage (IndexedDB)', () => {
  it('reads nothing, and does not open the database, until imports were saved once', async () => {
    localStorage.clear();
    expect(await loadStoredImports()).toBeNull();
  });

  it('round-trips saved imports and forgets them', async () => {
    expect(await saveImports([file()])).toBe(true);
    const back = await loadStoredImports();
    expect(back?.map((f) => [f.id, f.events[0]?.title.en])).toEqual([['import-k', 'Mine']]);
    expect(await forgetStoredImports()).toBe(true);
    expect(await loadStoredImports()).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
