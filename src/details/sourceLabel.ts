import type { Source } from '../model/record';

/** "Publisher, date": short enough for a table cell, enough to find the full entry below. */
export function shortSourceLabel(source: Source | undefined, id: string): string {
  if (!source) return id;
  return `${source.publisher}, ${source.date}`;
}
