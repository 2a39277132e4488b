/** The interface languages, in the switcher's order. Kyrgyz, Tajik and Russian in Cyrillic, Uzbek in Latin. */
export const LANGS = ['en', 'ru', 'ky', 'tg', 'uz'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Each language named in itself, as a reader looks for it in a list. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  uz: 'Oʻzbekcha',
};

/** BCP 47 tags for Intl and for `lang` attributes (Uzbek here is always Latin script). */
export const LOCALE_TAGS: Record<Lang, string> = {
  en: 'en-GB',
  ru: 'ru',
  ky: 'ky',
  tg: 'tg',
  uz: 'uz-Latn',
};

/**
 * The first of the browser's preferred languages the map speaks ("ru-KG" → ru, "uz-Cyrl-UZ" → uz,
 * whose interface is Latin but still Uzbek), else English.
 */
export function detectLanguage(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
