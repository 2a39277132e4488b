import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/import/columnMapping';
import { importCsvTable, parseCsvText } from '../../../src/import/csvImport';
import { validStoredImports } from '../../../src/import/importStorage';
import { keepImportsInBrowser } from '../../../src/import/keepImports';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import type { ImportedFile } from '../../../src/model/importedFile';
import { selectFiltered } from '../../../src/state/selectors';
import { makeEvent } from '../../helpers/makeEvent';
import { storeWith } from '../../helpers/renderWithStore';

function importedFile(id: string, csv: string): ImportedFile {
  const table = parseCsvText(csv);
  const built = importCsvTable(table, guessMapping(table.headers), {
    fileId: id,
    fileName: `${id}.csv`,
    importedAt: '2026-12-01',
  });
  return { id, name: `${id}.csv`, importedAt: '2026-12-01', ...built, rowCount: table.rows.length };
}

const builtInEvents = () => [
  makeEvent({ id: 'built-in-a', date: '2021-04-29' }),
  makeEvent({ id: 'built-in-b', date: '2022-09-14' }),
];
const mine = () =>
  importedFile('import-one', 'date,lat,lon,title\n2023-05-01,40,70.5,Mine\n2026-03-01,40,70.5,Later\nbad,40,70,x\n');

describe('imports in the store', () => {
  it('merges imported events, marked with file and row, without touching the built-in record', () => {
    const store = storeWith(builtInEvents());
    const builtIn = store.getState().builtIn;
    store.getState().addImport(mine());
    const s = store.getState();
    expect(s.builtIn).toBe(builtIn);
    expect(s.builtIn?.events.map((e) => e.id)).toEqual(['built-in-a', 'built-in-b']);
    expect(s.data?.events.map((e) => e.id)).toEqual(['built-in-a', 'built-in-b', 'import-one-r2', 'import-one-r3']);
    expect(s.data?.events[2]?.imported).toEqual({ fileId: 'import-one', fileName: 'import-one.csv', row: 2 });
    expect(s.data?.events[0]?.imported).toBeUndefined();
    expect(selectFiltered(s)).toHaveLength(4);
    expect(s.data?.sources['import-one-r2-source']?.kind).toBe('import');
  });

  it('widens the time extent, and a slider at the end follows to the new end', () => {
    const store = storeWith(builtInEvents());
    expect(fromDayNumber(store.getState().day)).toBe('2022-12-31');
    store.getState().addImport(mine());
    expect(fromDayNumber(store.getState().data?.extent.max ?? 0)).toBe('2026-12-31');
    expect(fromDayNumber(store.getState().day)).toBe('2026-12-31');
  });

  it('keeps a slider that was not at the end where it was', () => {
    const store = storeWith(builtInEvents());
    store.getState().setDay(toDayNumber('2021-06-01'));
    store.getState().addImport(mine());
    expect(fromDayNumber(store.getState().day)).toBe('2021-06-01');
  });

  it('removing a file restores the built-in record and drops a selection of its events', () => {
    const store = storeWith(builtInEvents());
    store.getState().addImport(mine());
    store.getState().select('import-one-r2');
    expect(store.getState().selectedId).toBe('import-one-r2');
    store.getState().removeImport('import-one');
    expect(store.getState().data).toBe(store.getState().builtIn);
    expect(store.getState().selectedId).toBeNull();
    expect(selectFiltered(store.getState()).map((e) => e.id)).toEqual(['built-in-a', 'built-in-b']);
  });

  it('search finds imported text (the search index is rebuilt for the merged record)', () => {
    const store = storeWith(builtInEvents());
    store.getState().setSearch('title of');
    expect(selectFiltered(store.getState())).toHaveLength(2);
    store.getState().addImport(mine());
    store.getState().setSearch('later');
    expect(selectFiltered(store.getState()).map((e) => e.id)).toEqual(['import-one-r3']);
  });

  it('imports restored before the record loads are merged when it arrives', async () => {
    const saved: ImportedFile[][] = [];
    const { createAppStore } = await import('../../../src/state/store');
    const store = createAppStore();
    await keepImportsInBrowser(store, {
      load: async () => [mine()],
      save: async (f) => {
        saved.push([...f]);
        return true;
      },
    });
    expect(store.getState().keepImports).toBe(true);
    expect(store.getState().imports).toHaveLength(1);
    const ready = storeWith(builtInEvents()).getState().builtIn;
    if (!ready) throw new Error('no data');
    store.getState().setData(ready, 0);
    expect(store.getState().data?.events).toHaveLength(4);
    store.getState().removeImport('import-one');
    expect(saved.at(-1)).toEqual([]);
  });

  it('saves nothing until the person asks to keep imports', async () => {
    const saved: ImportedFile[][] = [];
    const store = storeWith(builtInEvents());
    await keepImportsInBrowser(store, {
      load: async () => null,
      save: async (f) => {
        saved.push([...f]);
        return true;
      },
    });
    store.getState().addImport(mine());
    expect(saved).toHaveLength(0);
    // Ticking "keep" is saved by the panel, which reports the outcome; from then on changes save here.
    store.getState().setKeepImports(true);
    expect(saved).toHaveLength(0);
    store.getState().addImport(importedFile('import-two', 'date,lat,lon\n2022-01-01,40,70\n'));
    expect(saved.at(-1)?.map((f) => f.id)).toEqual(['import-one', 'import-two']);
    store.getState().setKeepImports(false);
    store.getState().removeImport('import-two');
    expect(saved).toHaveLength(1);
  });
});

describe('validStoredImports', () => {
  it('drops broken files and invalid events from storage, keeps the rest', () => {
    const good = mine();
    const tampered = { ...mine(), id: 'import-two', events: [{ ...good.events[0], location: 'here' }, good.events[1]] };
    const out = validStoredImports([good, tampered, { id: 'Not Kebab' }, 'junk', null]);
    expect(out.map((f) => [f.id, f.events.length, f.rows])).toEqual([
      ['import-one', 2, [2, 3]],
      ['import-two', 1, [3]],
    ]);
    expect(validStoredImports({ not: 'an array' })).toEqual([]);
  });
});
