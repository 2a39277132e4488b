import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../state/appState';
import { loadStoredImports, saveImports } from './importStorage';

/**
 * Restores kept imports once the page starts, then saves the imports whenever they change while
 * the person has asked to keep them. Finding a stored copy means they asked before: keeping stays on.
 */
export async function keepImportsInBrowser(
  store: StoreApi<AppStore>,
  storage = { load: loadStoredImports, save: saveImports },
): Promise<() => void> {
  const stored = await storage.load();
  if (stored !== null) {
    store.getState().setKeepImports(true);
    for (const file of stored) store.getState().addImport(file);
  }
  // Ticking "keep" saves from the panel (which reports the outcome); later changes save here.
  return store.subscribe((next, prev) => {
    if (next.keepImports && prev.keepImports && next.imports !== prev.imports) void storage.save(next.imports);
  });
}
