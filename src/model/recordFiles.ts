import type { Lang } from './languages';

/** The full record, with every translation: the file people cite and download. */
export const RECORD_FILE = 'data/events.json';

/**
 * The record cut to one reader's language (English and that language's texts), which a cold load
 * fetches instead of the full one: made at build time by scripts/record/languageFile.mjs.
 */
export function recordFileFor(lang: Lang): string {
  return `data/events.${lang}.json`;
}
