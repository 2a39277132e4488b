import type { ImportedFile } from '../model/importedFile';
import type { LoadedData } from '../model/loadedData';
import { byStart, type TimedEvent, timeExtent, toTimedEvents } from '../model/timedEvent';

/**
 * The record the app shows: the built-in one plus every imported file. Imported events are copies
 * marked with their origin; the built-in arrays are never modified, so removing an import restores
 * exactly what was there before.
 */
export function mergeImports(builtIn: LoadedData, imports: readonly ImportedFile[]): LoadedData {
  if (imports.length === 0) return builtIn;
  const added: TimedEvent[] = [];
  const sources = { ...builtIn.sources };
  for (const file of imports) {
    file.events.forEach((e, i) => {
      added.push({ ...e, startDay: 0, endDay: 0, imported: { fileId: file.id, fileName: file.name, row: file.rows[i] ?? 0 } });
    });
    Object.assign(sources, file.sources);
  }
  const events = [...builtIn.events, ...toTimedEvents(added)].sort(byStart);
  // The slider must reach imported events dated outside the built-in record's years.
  return { ...builtIn, events, sources, extent: timeExtent(events) };
}
