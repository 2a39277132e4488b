import type { Source } from './record';

/**
 * A source's title as a citation writes it: a title we supplied (no readable copy shows the headline)
 * goes in square brackets, as library catalogues mark one, so it never passes for the outlet's words.
 */
export function citedTitle(source: Pick<Source, 'title' | 'titleSupplied'>): string {
  return source.titleSupplied ? `[${source.title}]` : source.title;
}
