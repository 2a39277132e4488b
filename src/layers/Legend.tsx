import { useT } from '../i18n/useT';
import { DENSE_RECORD_SIZE } from '../map/layerIds';
import { useApp } from '../state/store';
import { CATEGORY_COLORS, MAP_COLORS, STATUS_COLORS } from '../model/palette';

export function Legend() {
  const t = useT();
  // Only large records are drawn as counts per area when zoomed out (see src/map/eventGrid.ts).
  const dense = useApp((s) => s.filtered.length > DENSE_RECORD_SIZE);
  const hasImports = useApp((s) => s.imports.length > 0);
  const categories = Object.keys(CATEGORY_COLORS) as (keyof typeof CATEGORY_COLORS)[];
  const statuses = Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[];
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
        {statuses.map((s) => (
          <li key={s}>
            <span className="legend-ring" style={{ borderColor: STATUS_COLORS[s] }} aria-hidden="true" />
            {t(`legend.checkpoint.${s}`)}
          </li>
        ))}
        <li>
          <span className="legend-ring" style={{ borderColor: MAP_COLORS.trijunction }} aria-hidden="true" />
          {t('legend.trijunction')}
        </li>
        {categories.map((c) => (
          <li key={c}>
            <span className="event-swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
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
