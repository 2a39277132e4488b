import type { ExpressionSpecification } from 'maplibre-gl';
import { LABEL_FALLBACKS, type Lang } from '../model/languages';

/** A text-field expression that shows the feature's name in `lang`, falling back per model/languages. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['coalesce', ...LABEL_FALLBACKS[lang].map((l): ExpressionSpecification => ['get', `name_${l}`]), ''];
}
