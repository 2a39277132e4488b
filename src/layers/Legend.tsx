import { CategorySwatch } from '../components/CategorySwatch';
import { useT } from '../language/useT';
import { CATEGORIES } from '../model/category';
import { CROSSING_STATUSES } from '../model/crossingStatus';
import { MAP_COLORS, STATUS_COLORS } from '../model/palette';
import { selectIsDense } from '../state/selectors';
import { useApp } from '../state/store';
import './layers.css';

export function Legend() {
  const t = useT();
  // Only large records are drawn as counts per area when zoomed out (see src/map/eventGrid.ts).
  const dense = useApp(selectIsDense);
  const hasImports = useApp((s) => s.imports.length > 0);
  return (
    <div className="legend">
      <h3>{t('legend.heading')}</h3>
      <ul>
        <li>
          <span className="legend-line" style={{ background: MAP_COLORS.border }} aria-hidden="true" />
          {t('legend.border')}
        </li>
        <li>
          <span className="legend-box legend-enclave" style={{ borderColor: MAP_COLORS.enclave }} aria-hidden="true" />
          {t('legend.enclave')}
        </li>
        {CROSSING_STATUSES.map((s) => (
          <li key={s}>
            <span className="legend-ring" style={{ borderColor: STATUS_COLORS[s] }} aria-hidden="true" />
            {t(`legend.checkpoint.${s}`)}
          </li>
        ))}
        <li>
          <span className="legend-ring" style={{ borderColor: MAP_COLORS.trijunction }} aria-hidden="true" />
          {t('legend.trijunction')}
        </li>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <CategorySwatch category={c} />
            {t(`category.${c}`)}
          </li>
        ))}
        <li>
          <span className="event-swatch legend-recent" aria-hidden="true" />
          {t('legend.recent')}
        </li>
        {hasImports ? (
          <li>
            <span className="event-swatch legend-imported" style={{ borderColor: MAP_COLORS.imported }} aria-hidden="true" />
            {t('import.legend')}
          </li>
        ) : null}
        {dense ? (
          <li>
            <span className="event-swatch" style={{ background: MAP_COLORS.grid }} aria-hidden="true" />
            {t('legend.grid')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
