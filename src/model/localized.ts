import { BASE_LANG, LABEL_FALLBACKS, type Lang } from './languages';
import type { LocalizedText } from './record';

/** The text in `lang`, or English (the one language every record must have). */
export function localized(text: LocalizedText | undefined, lang: Lang = BASE_LANG): string {
  if (!text) return '';
  return text[lang] || text.en;
}

/** As `localized`, saying whether English stood in for a missing translation. */
export function localizedWithFallback(text: LocalizedText, lang: Lang): { text: string; fallback: boolean } {
  const own = text[lang];
  return own ? { text: own, fallback: false } : { text: text.en, fallback: lang !== BASE_LANG };
}

/** Every language's version of a text, for search. */
export function allLanguages(text: LocalizedText | undefined): string[] {
  return text ? Object.values(text).filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A name in `lang`, else in the first language a reader of `lang` reads best (LABEL_FALLBACKS:
 * Kyrgyz and Tajik → Russian, so no Latin name lands in Cyrillic text; Uzbek → English), with the
 * language it came in, for a `lang` attribute when it differs.
 */
export function localizedName(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  for (const l of LABEL_FALLBACKS[lang]) {
    const own = text[l];
    if (own) return { text: own, lang: l };
  }
  return { text: text.en, lang: BASE_LANG };
}
