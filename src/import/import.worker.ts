/// <reference lib="webworker" />
import { ImportEngine, type ImportReply, type ImportRequest } from './importEngine';

// Parsing a large file would freeze scrolling and the slider; here it runs beside the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new ImportEngine((reply: ImportReply) => scope.postMessage(reply));
scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  void engine.handle(event.data);
};
