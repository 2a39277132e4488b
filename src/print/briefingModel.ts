/*
 * What the printed briefing lists, as plain data: one row per event on screen, in the map's
 * chronological order, and one number per source in the order the rows first cite it, so the
 * table's "[3]" and the numbered list below it agree. No React: the rows are tested on their own.
 */
import { groupFigures, type MetricBlock } from '../details/figureGroups';
import type { Lang } from '../model/languages';
import type { PlaceInfo } from '../model/loadedData';
import { localizedName } from '../model/localized';
import type { Source } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';

export interface BriefingRow {
  /** The row's number, from 1: printed first, so a reader can say "row 4". */
  n: number;
  event: TimedEvent;
  /** The event's places as named in the reader's script (Kyrgyz and Tajik fall back to Russian). */
  places: { text: string; lang: Lang }[];
  /** The figures as the details panel groups them: metric, then side, then claims by date. */
  figures: MetricBlock[];
  /** The numbers of the event's sources in the list below, in the event's own order. */
  sourceNumbers: number[];
}

export interface NumberedSource {
  n: number;
  id: string;
  /** Absent when the record cites an id it does not define: the id is printed instead. */
  source: Source | undefined;
}

export interface BriefingTable {
  rows: BriefingRow[];
  sources: NumberedSource[];
}

/** The sources an event rests on: its own list, then any a figure cites that the list lacks. */
export function eventSourceIds(event: Pick<TimedEvent, 'sources' | 'figures'>): string[] {
  const ids = [...event.sources];
  for (const f of event.figures) if (!ids.includes(f.source)) ids.push(f.source);
  return ids;
}

/**
 * Numbers every source once, in the order the events (already chronological) first cite it: the
 * list then reads in the table's order, and a source cited by five events has one entry.
 */
export function numberSources(events: readonly Pick<TimedEvent, 'sources' | 'figures'>[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const e of events) {
    for (const id of eventSourceIds(e)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** A place's name once: a village and the enclave around it often share one ("Vorukh, Vorukh" says nothing). */
function placeNames(ids: readonly string[], places: Readonly<Record<string, PlaceInfo>>, lang: Lang) {
  const seen = new Set<string>();
  const out: { text: string; lang: Lang }[] = [];
  for (const id of ids) {
    const info = places[id];
    const name = info ? localizedName(info.name, lang) : { text: id, lang };
    if (seen.has(name.text)) continue;
    seen.add(name.text);
    out.push(name);
  }
  return out;
}

export function briefingTable(
  events: readonly TimedEvent[],
  sources: Readonly<Record<string, Source>>,
  places: Readonly<Record<string, PlaceInfo>>,
  lang: Lang,
): BriefingTable {
  const numbers = numberSources(events);
  const rows = events.map((event, i) => ({
    n: i + 1,
    event,
    places: placeNames(event.places, places, lang),
    figures: groupFigures(event.figures, sources),
    sourceNumbers: eventSourceIds(event).map((id) => numbers.get(id) ?? 0),
  }));
  const list = [...numbers].map(([id, n]) => ({ n, id, source: sources[id] }));
  return { rows, sources: list };
}
