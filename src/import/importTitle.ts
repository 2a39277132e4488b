import { isLoaded, messagesFor } from '../i18n/messages';
import type { MessageKey } from '../i18n/messages.en';
import { interpolate, type Params } from '../i18n/translate';
import { BASE_LANG, LANGS, type Lang } from '../model/languages';
import type { LocalizedText } from '../model/record';

/** What a row offers for its title, already cleaned. */
export interface TitleParts {
  /** The file's own title column. */
  title: string;
  /** The file's words for the kind of event: its sub-type if mapped, else its category text. */
  type: string;
  place: string;
  /** The event's date as stored (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** "file.csv #4": the last resort, when the row says nothing else. */
  fallback: string;
}

const message = (lang: Lang, key: MessageKey): string => messagesFor(lang)[key] || messagesFor(BASE_LANG)[key];

/**
 * One template in every interface language whose dictionary is loaded (the engine loads all five
 * first; one that could not be fetched is left out, and the title shows in English there, as any
 * record text without that language does). The file's own words go in as they are, untranslated.
 */
function inEveryLanguage(key: MessageKey, params: (lang: Lang) => Params, cut: (text: string) => string): LocalizedText {
  const text: LocalizedText = { en: '' };
  for (const lang of LANGS.filter(isLoaded)) text[lang] = cut(interpolate(message(lang, key), params(lang), lang));
  return text;
}

/**
 * A title that says what and where: the file's own title when it has one (it knows best), else
 * "{type} near {place}", else "{type}, {date}" (a bare type names no event), else the file and row.
 */
export function importedTitle(parts: TitleParts, cut: (text: string) => string): LocalizedText {
  const { title, type, place, date } = parts;
  if (title) return { en: title };
  if (place) {
    return inEveryLanguage('import.titleNear', (lang) => ({ type: type || message(lang, 'import.titleEvent'), place }), cut);
  }
  if (type) return inEveryLanguage('import.titleOn', () => ({ type, date }), cut);
  return { en: parts.fallback };
}
