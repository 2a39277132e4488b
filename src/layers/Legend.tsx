import { CategoryKeyItems, KeyItem } from '../components/KeyItem';
import { useT } from '../language/useT';
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
        <KeyItem swatch="legend-line" style={{ background: MAP_COLORS.border }}>
          {t('legend.border')}
        </KeyItem>
        <KeyItem swatch="legend-box legend-enclave" style={{ borderColor: MAP_COLORS.enclave }}>
          {t('legend.enclave')}
        </KeyItem>
        {CROSSING_STATUSES.map((s) => (
          <KeyItem key={s} swatch="legend-ring" style={{ borderColor: STATUS_COLORS[s] }}>
            {t(`legend.checkpoint.${s}`)}
          </KeyItem>
        ))}
        <KeyItem swatch="legend-ring" style={{ borderColor: MAP_COLORS.trijunction }}>
          {t('legend.trijunction')}
        </KeyItem>
        <CategoryKeyItems swatch="event-swatch" />
        <KeyItem swatch="event-swatch legend-recent">{t('legend.recent')}</KeyItem>
        {hasImports ? (
          <KeyItem swatch="event-swatch legend-imported" style={{ borderColor: MAP_COLORS.imported }}>
            {t('import.legend')}
          </KeyItem>
        ) : null}
        {dense ? (
          <KeyItem swatch="event-swatch" style={{ background: MAP_COLORS.grid }}>
            {t('legend.grid')}
          </KeyItem>
        ) : null}
      </ul>
    </div>
  );
}
