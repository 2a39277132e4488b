/**
 * Editorial checks on the event record: what the schema cannot see but a reviewer would catch.
 * Pure functions over a parsed record, so the unit test runs them on the shipped file (CI) and on
 * small made-up records (to prove each check fires), and `npm run data:check` prints them.
 *
 * Each check returns findings, not errors: a finding may be right and accepted with a reason
 * (scripts/record/acceptedFindings.json), so the list stays short and every exception is explained.
 */
import { eventInterval } from '../../src/model/days';
import type { BorderEvent, EventFile, Source } from '../../src/model/record';

export { independentOutlets, outletOf } from '../../src/model/outlets';

export type FindingKind = 'duplicate-day-place' | 'similar-title' | 'unused-source' | 'mirror-or-seed-only' | 'descriptive-title';

export interface Finding {
  kind: FindingKind;
  /** Stable key for the accepted list: the event or source id(s) involved, joined by "+". */
  key: string;
  message: string;
}

/** Two pins closer than this on the same day are taken for the same place. */
const SAME_PLACE_KM = 3;
/** Share of title words two events have in common above which their titles are "near-identical". */
const SIMILAR_TITLE = 0.8;
/**
 * Near-identical titles far apart in time are a recurring happening ("Rahmon visits Bishkek" in 1998
 * and 2007), not one event entered twice.
 */
const SIMILAR_TITLE_DAYS = 45;

/**
 * A clash and an incident on one day at one place may be one happening filed twice; a treaty and a
 * power line opened at the same summit are not. So only events of one kind are compared by place.
 */
function kindOf(event: BorderEvent): string {
  return event.category === 'clash' || event.category === 'incident' ? 'violence' : event.category;
}

export function isMirror(source: Source): boolean {
  return source.mirror === true;
}

function kmBetween([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.hypot(x, y) * 6371;
}

function titleWords(event: BorderEvent): Set<string> {
  const words = event.title.en
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
  return new Set(words);
}

/**
 * Titles that carry different figures ("38.35 km agreed" / "3.71 km agreed") report different rounds
 * of one process, not one event twice.
 */
function sameNumbers(a: BorderEvent, b: BorderEvent): boolean {
  const numbers = (e: BorderEvent) => (e.title.en.match(/\d+(?:[.,]\d+)?/g) ?? []).sort().join(' ');
  return numbers(a) === numbers(b);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function duplicateFindings(events: readonly BorderEvent[]): Finding[] {
  const found: Finding[] = [];
  const words = events.map(titleWords);
  for (let i = 0; i < events.length; i += 1) {
    for (let j = i + 1; j < events.length; j += 1) {
      const a = events[i] as BorderEvent;
      const b = events[j] as BorderEvent;
      const key = `${a.id}+${b.id}`;
      const samePlace = a.places.some((p) => b.places.includes(p)) || kmBetween(a.location, b.location) < SAME_PLACE_KM;
      const sameDay = a.precision === 'day' && b.precision === 'day' && a.date === b.date;
      if (sameDay && samePlace && kindOf(a) === kindOf(b)) {
        found.push({ kind: 'duplicate-day-place', key, message: `${a.id} and ${b.id}: same day (${a.date}) and place` });
      }
      const sim = similarity(words[i] as Set<string>, words[j] as Set<string>);
      const daysApart = Math.abs(eventInterval(a).start - eventInterval(b).start);
      if (sim >= SIMILAR_TITLE && daysApart <= SIMILAR_TITLE_DAYS && sameNumbers(a, b)) {
        found.push({
          kind: 'similar-title',
          key,
          message: `${a.id} and ${b.id}: near-identical titles ("${a.title.en}" / "${b.title.en}")`,
        });
      }
    }
  }
  return found;
}

export function unusedSourceFindings(file: EventFile): Finding[] {
  const cited = new Set<string>();
  for (const e of file.events) for (const id of e.sources) cited.add(id);
  const intervals = [...file.states.border, ...Object.values(file.states.checkpoints).flat()];
  for (const s of intervals) for (const id of s.sources) cited.add(id);
  return Object.keys(file.sources)
    .filter((id) => !cited.has(id))
    .map((id) => ({ kind: 'unused-source' as const, key: id, message: `source ${id} is cited by no event or state` }));
}

export function mirrorOrSeedOnlyFindings(file: EventFile): Finding[] {
  return file.events
    .filter((e) =>
      e.sources.every((id) => {
        const s = file.sources[id];
        return s !== undefined && (s.kind === 'seed' || isMirror(s));
      }),
    )
    .map((e) => ({
      kind: 'mirror-or-seed-only' as const,
      key: e.id,
      message: `${e.id} rests only on seeds or mirror copies (${e.sources.join(', ')}): cite an original outlet`,
    }));
}

/**
 * Titles we wrote about an article rather than the article's own headline. The record must cite the
 * headline as published (docs/DATA.md), in its own language, so a reader can find the article.
 */
const DESCRIPTIVE_TITLE: readonly RegExp[] = [
  // A language marker: the title was translated or described, not copied.
  /\((?:[\p{L} ]+-language|in [A-Z][a-z]+)[^)]*\)/u,
  // Opens like a description of an article.
  /^(?:report|reports|statement|article|coverage|summary|information|interview|press release|meeting of|damage assessment)\b/i,
  // "Minister X on the death toll": a reporter's paraphrase of who said what.
  /^[^:]{0,80}\b(?:minister|ministry|president|spokes(?:man|woman|person)|MFA)\b[^:]{0,40} on the (?:question|death toll|incident|energized|situation|outlook)\b/i,
  // "Line: length and route": a label, not a headline (headlines capitalise after a colon).
  /:\s+[a-z]/,
];

export function descriptiveTitleFindings(sources: Record<string, Source>): Finding[] {
  return (
    Object.entries(sources)
      // A title marked as supplied is declared ours (and shown in brackets): only an unmarked one misleads.
      .filter(([, s]) => s.kind !== 'import' && !s.titleSupplied && DESCRIPTIVE_TITLE.some((re) => re.test(s.title)))
      .map(([id, s]) => ({
        kind: 'descriptive-title' as const,
        key: id,
        message: `source ${id}: "${s.title}" reads like a description; cite the published headline`,
      }))
  );
}

export function recordFindings(file: EventFile): Finding[] {
  return [
    ...duplicateFindings(file.events),
    ...unusedSourceFindings(file),
    ...mirrorOrSeedOnlyFindings(file),
    ...descriptiveTitleFindings(file.sources),
  ];
}
