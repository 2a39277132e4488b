/**
 * Which outlets stand behind an event's sources. Copies of one story are one outlet, so the record's
 * checks and the details panel count corroboration the same way: "AFP (via UrduPoint)" and
 * "AFP (via The News)" are both AFP, "24.kg (Russian-language)" is 24.kg.
 */
import type { Source } from './record';

export function outletOf(source: Source): string {
  return source.publisher
    .replace(/\s*\(.*$/, '')
    .replace(/\s+report$/i, '')
    .trim()
    .toLowerCase();
}

/** The distinct outlets behind these sources, leaving out the seed documents the record started from. */
export function independentOutlets(ids: readonly string[], sources: Record<string, Source>): Set<string> {
  const outlets = new Set<string>();
  for (const id of ids) {
    const s = sources[id];
    if (s && s.kind !== 'seed' && s.kind !== 'import') outlets.add(outletOf(s));
  }
  return outlets;
}
