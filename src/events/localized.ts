import type { LocalizedText } from '../data/eventSchema';

/** The text in the current language, or English (the one language every record must have). */
export function localized(text: LocalizedText | undefined, lang: keyof LocalizedText = 'en'): string {
  if (!text) return '';
  return text[lang] || text.en;
}
