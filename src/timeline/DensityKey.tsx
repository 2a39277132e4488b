import { CategoryKeyItems, KeyItem } from '../components/KeyItem';
import { useT } from '../language/useT';
import { CROSSING_STATUSES } from '../model/crossingStatus';
import { CATEGORY_COLORS, STATUS_COLORS } from '../model/palette';
import { MARKER_COLOR, UNKNOWN_OPACITY } from './densityLayout';

/**
 * What the strip shows, in a sentence that is always visible (bars, rows, what a click does), and
 * the colour swatches one click away, so the key never costs the map its height by default.
 */
export function DensityKey() {
  const t = useT();
  return (
    <div className="density-key">
      <p className="density-explain" data-testid="density-explain">
        {t('density.explain')}
      </p>
      <details>
        <summary>{t('density.legend')}</summary>
        <ul>
          <CategoryKeyItems swatch="density-swatch" />
          <KeyItem swatch="density-swatch density-swatch-coarse">{t('density.legend.coarse')}</KeyItem>
          <KeyItem swatch="density-swatch density-swatch-tick" style={{ background: CATEGORY_COLORS.treaty }}>
            {t('density.legend.tick')}
          </KeyItem>
          <KeyItem swatch="density-swatch density-swatch-marker" style={{ background: MARKER_COLOR }}>
            {t('density.legend.marker')}
          </KeyItem>
          {CROSSING_STATUSES.map((s) => (
            <KeyItem
              key={s}
              swatch="density-swatch density-swatch-lane"
              style={{ background: STATUS_COLORS[s], opacity: s === 'unknown' ? UNKNOWN_OPACITY : 1 }}
            >
              {t(`density.legend.${s}`)}
            </KeyItem>
          ))}
        </ul>
      </details>
    </div>
  );
}
