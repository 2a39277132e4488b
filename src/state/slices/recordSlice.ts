import type { StateCreator } from 'zustand/vanilla';
import { loadRecord } from '../../data/loadRecord';
import type { ImportedFile } from '../../model/importedFile';
import type { AppStore, RecordSlice } from '../appState';
import { mergeImports } from '../mergeImports';

export const createRecordSlice: StateCreator<AppStore, [], [], RecordSlice> = (set, get) => {
  // Imports change the record itself: re-merge and keep the date within the new extent.
  const changeImports = (imports: ImportedFile[]) => {
    const { builtIn, day, data: before } = get();
    if (!builtIn) {
      set({ imports });
      return;
    }
    const data = mergeImports(builtIn, imports);
    // A slider at the end stays at the end, so imported events after the old end are in view.
    const atEnd = before !== null && day >= before.extent.max;
    set({ imports, data });
    get().setDay(atEnd ? data.extent.max : day);
    get().dropHiddenSelection();
  };
  let completing: Promise<boolean> | null = null;
  const completeRecord = (): Promise<boolean> => {
    if (get().builtIn?.languages === undefined) return Promise.resolve(true);
    completing ??= loadRecord().then((result) => {
      completing = null;
      if (!result.ok) return false;
      // Only the texts differ from the cut already shown: no date, selection or filter is touched.
      set({ builtIn: result.data, data: mergeImports(result.data, get().imports), skippedRecords: result.skippedRecords });
      return true;
    });
    return completing;
  };
  return {
    data: null,
    builtIn: null,
    imports: [],
    keepImports: false,
    loadError: null,
    skippedRecords: 0,
    borderGeometry: null,
    setData: (builtIn, skippedRecords) => {
      const data = mergeImports(builtIn, get().imports);
      set({ builtIn, data, skippedRecords, day: data.extent.max });
      get().dropHiddenSelection();
      // The language changed while the cut for the first one loaded: the rest of the texts follow.
      if (builtIn.languages && !builtIn.languages.includes(get().lang)) void completeRecord();
    },
    completeRecord,
    setLoadError: (loadError) => set({ loadError }),
    setBorderGeometry: (borderGeometry) => set({ borderGeometry }),
    addImport: (file) => changeImports([...get().imports.filter((f) => f.id !== file.id), file]),
    removeImport: (id) => changeImports(get().imports.filter((f) => f.id !== id)),
    setKeepImports: (keepImports) => set({ keepImports }),
  };
};
