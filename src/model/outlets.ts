/**
 * Which outlets stand behind an event's sources. Copies of one story are one outlet, so the record's
 * checks and the details panel count corroboration the same way: "AFP (via UrduPoint)" and
 * "AFP (via The News)" are both AFP, "24.kg (Russian-language)" is 24.kg.
 */
import type { Source } from './record';

/**
 * One outlet written several ways in the record (its Cyrillic name, a longer form, a bulletin of it).
 * Services of one broadcaster in different countries (Azattyk, Radio Ozodi; Sputnik Kyrgyzstan,
 * Sputnik Tajikistan) are separate newsrooms reporting from each side, so they stay apart.
 */
const SAME_OUTLET: Readonly<Record<string, string>> = {
  'trend news agency': 'trend',
  'kaktus media': 'kaktus.media',
  knews: 'knews.kg',
  азаттык: 'azattyk',
  'радио озоди': 'radio ozodi',
  'вечерний бишкек': 'vecherniy bishkek',
  'риа новости': 'ria novosti',
  'sputnik кыргызстан': 'sputnik kyrgyzstan',
  '24.kg kyrgyz service': '24.kg',
  'rfe/rl newsline': 'rfe/rl',
  'asia-plus blitz via eurasianet': 'asia-plus',
  'central asia news': 'centralasia.news',
};

export function outletOf(source: Source): string {
  const name = source.publisher
    .replace(/\s*\(.*$/, '')
    .replace(/\s+report$/i, '')
    .trim()
    .toLowerCase();
  return SAME_OUTLET[name] ?? name;
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
