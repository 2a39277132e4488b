import type { LocalizedText } from '../data/eventSchema';
import type { Lang } from '../i18n/languages';

/** The text in `lang`, or English (the one language every record must have). */
export function localized(text: LocalizedText | undefined, lang: Lang = 'en'): string {
  if (!text) return '';
  return text[lang] || text.en;
}

/** As `localized`, saying whether English stood in for a missing translation. */
export function localizedWithFallback(text: LocalizedText, lang: Lang): { text: string; fallback: boolean } {
  const own = text[lang];
  return own ? { text: own, fallback: false } : { text: text.en, fallback: lang !== 'en' };
}
