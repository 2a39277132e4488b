import { formatPrecisionDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/messages.en';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../model/languages';
import type { CoarseSpan, MonthBin } from './density';

/**
 * A month's count in words ("May 2024: 3 events"), owning up to events dated only to a season or
 * year that overlap it. The bar's tooltip and the readout under the strip say the same thing.
 */
export function binLabel(bin: MonthBin, coarse: readonly CoarseSpan[], t: Translate, lang: Lang): string {
  const overlapping = coarse.filter((c) => c.start < bin.end && c.end > bin.start).length;
  const countKey: MessageKey = bin.total === 0 ? 'density.bar.none' : bin.total === 1 ? 'density.bar.one' : 'density.bar';
  // formatPrecisionDate keeps one Intl formatter per language, so hundreds of bars stay cheap.
  const base = t(countKey, { month: formatPrecisionDate(bin.month, 'month', lang), count: bin.total });
  return overlapping > 0 ? t('density.bar.coarse', { text: base, count: overlapping }) : base;
}
