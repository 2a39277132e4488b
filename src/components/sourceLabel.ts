import type { Translate } from '../i18n/translate';
import type { Source } from '../model/record';

/**
 * How a source is dated in a citation: its date; for a copy that bears none (an encyclopedia
 * page), that it is undated and how recent its content is, so the year never reads as a
 * publication date; nothing for an imported row (the file does not say, and the import day is not its date).
 */
export function sourceDateText(source: Pick<Source, 'date' | 'undated'>, t: Translate): string | null {
  if (!source.date) return null;
  return source.undated ? t('source.undated', { year: source.date }) : source.date;
}

/** "Publisher, date": short enough for a table cell, enough to find the full entry below. */
export function shortSourceLabel(source: Source | undefined, id: string, t: Translate): string {
  if (!source) return id;
  if (source.undated) return `${source.publisher}, ${t('source.undatedShort')}`;
  return source.date ? `${source.publisher}, ${source.date}` : source.publisher;
}
