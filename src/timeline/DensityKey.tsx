import { CategorySwatch } from '../components/CategorySwatch';
import { useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { CROSSING_STATUSES } from '../model/crossingStatus';
import { CATEGORY_COLORS, STATUS_COLORS } from '../model/palette';
import { MARKER_COLOR, UNKNOWN_OPACITY } from './densityLayout';

/** What the strip's colours and marks mean, folded by default. */
export function DensityKey() {
  const t = useT();
  return (
    <details className="density-key">
      <summary>{t('density.legend')}</summary>
      <ul>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <CategorySwatch category={c} className="density-swatch" />
            {t(`category.${c}`)}
          </li>
        ))}
        <li>
          <span className="density-swatch density-swatch-coarse" aria-hidden="true" />
          {t('density.legend.coarse')}
        </li>
        <li>
          <span
            className="density-swatch density-swatch-tick"
            style={{ background: CATEGORY_COLORS.treaty }}
            aria-hidden="true"
          />
          {t('density.legend.tick')}
        </li>
        <li>
          <span className="density-swatch density-swatch-marker" style={{ background: MARKER_COLOR }} aria-hidden="true" />
          {t('density.legend.marker')}
        </li>
        {CROSSING_STATUSES.map((s) => (
          <li key={s}>
            <span
              className="density-swatch density-swatch-lane"
              style={{ background: STATUS_COLORS[s], opacity: s === 'unknown' ? UNKNOWN_OPACITY : 1 }}
              aria-hidden="true"
            />
            {t(`density.legend.${s}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
