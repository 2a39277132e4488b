/** Types for scripts/record/languageFile.mjs. */
export declare function recordForLanguage<T extends object>(
  record: T,
  lang: string,
  fallbacks?: readonly string[],
): T & { languages: string[] };
