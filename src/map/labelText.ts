import type { ExpressionSpecification } from 'maplibre-gl';

import type { Lang } from '../i18n/languages';

export type LabelLanguage = Lang;

/*
 * Which name fields to try, in order, for each interface language. Kyrgyz and Tajik readers read
 * Russian far more readily than English, so Russian comes before English for them; Uzbek is written
 * in Latin, so English (Latin) comes before Russian. English is always last so a label is never empty.
 */
const FALLBACKS: Record<LabelLanguage, LabelLanguage[]> = {
  en: ['en'],
  ru: ['ru', 'en'],
  ky: ['ky', 'ru', 'en'],
  tg: ['tg', 'ru', 'en'],
  uz: ['uz', 'en', 'ru'],
};

export function labelFallbacks(lang: LabelLanguage): LabelLanguage[] {
  return FALLBACKS[lang];
}

/** A text-field expression that shows the feature's name in `lang`, falling back as above. */
export function labelText(lang: LabelLanguage): ExpressionSpecification {
  return ['coalesce', ...FALLBACKS[lang].map((l): ExpressionSpecification => ['get', `name_${l}`]), ''];
}
