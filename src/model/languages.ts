/**
 * The interface languages, one record each, in the switcher's order. Kyrgyz, Tajik and Russian in
 * Cyrillic, Uzbek in Latin. A language is added here and with a messages file (src/i18n).
 *
 * `labelFallbacks`: which name fields a map label tries, in order. Kyrgyz and Tajik readers read
 * Russian far more readily than English, so Russian comes before English for them; Uzbek is written
 * in Latin, so English (Latin) comes before Russian. English is always last so a label is never empty.
 */
export const LANGUAGE_TABLE = [
  { id: 'en', endonym: 'English', localeTag: 'en-GB', labelFallbacks: ['en'] },
  { id: 'ru', endonym: 'Русский', localeTag: 'ru', labelFallbacks: ['ru', 'en'] },
  { id: 'ky', endonym: 'Кыргызча', localeTag: 'ky', labelFallbacks: ['ky', 'ru', 'en'] },
  { id: 'tg', endonym: 'Тоҷикӣ', localeTag: 'tg', labelFallbacks: ['tg', 'ru', 'en'] },
  // Uzbek here is always Latin script.
  { id: 'uz', endonym: 'Oʻzbekcha', localeTag: 'uz-Latn', labelFallbacks: ['uz', 'en', 'ru'] },
] as const;

export type Lang = (typeof LANGUAGE_TABLE)[number]['id'];

export const LANGS: readonly Lang[] = LANGUAGE_TABLE.map((l) => l.id);

/** The one language every record text must have, and the interface default. */
export const BASE_LANG = 'en' satisfies Lang;

/** The languages a record text may add to the base one. */
export const OTHER_LANGS = LANGS.filter((l): l is Exclude<Lang, typeof BASE_LANG> => l !== BASE_LANG);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function byLang<T>(pick: (l: (typeof LANGUAGE_TABLE)[number]) => T): Record<Lang, T> {
  return Object.fromEntries(LANGUAGE_TABLE.map((l) => [l.id, pick(l)])) as Record<Lang, T>;
}

/** Each language named in itself, as a reader looks for it in a list. */
export const LANGUAGE_NAMES: Record<Lang, string> = byLang((l) => l.endonym);

/** BCP 47 tags for Intl and for `lang` attributes. */
export const LOCALE_TAGS: Record<Lang, string> = byLang((l) => l.localeTag);

export const LABEL_FALLBACKS: Record<Lang, readonly Lang[]> = byLang((l) => l.labelFallbacks);

/**
 * The first of the browser's preferred languages the map speaks ("ru-KG" → ru, "uz-Cyrl-UZ" → uz,
 * whose interface is Latin but still Uzbek), else English.
 */
export function detectLanguage(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return BASE_LANG;
}
