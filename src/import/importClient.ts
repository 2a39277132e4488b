import type { ImportReply, ImportRequest } from './importEngine';

export interface ImportChannel {
  send: (request: ImportRequest) => void;
  close: () => void;
}

/**
 * Opens a channel to an import engine: a module worker (same origin, so the page's CSP allows it),
 * or, where workers are unavailable, the same engine on the main thread, loaded on demand.
 */
export function openImportChannel(onReply: (reply: ImportReply) => void): ImportChannel {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportReply>) => onReply(e.data);
    worker.onerror = (e) => onReply({ type: 'failed', problem: { code: 'failed', value: e.message || 'worker' } });
    return { send: (r) => worker.postMessage(r), close: () => worker.terminate() };
  }
  const engine = import('./importEngine').then(({ ImportEngine }) => new ImportEngine(onReply));
  return {
    send: (r) => {
      void engine.then((e) => e.handle(r));
    },
    close: () => undefined,
  };
}

/** A fresh kebab-case id for an imported file; its events' ids all start with it. */
export function newImportId(now = Date.now(), random = Math.random()): string {
  return `import-${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;
}
