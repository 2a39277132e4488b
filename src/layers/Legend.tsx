import type { CSSProperties } from 'react';
import { CategoryKeyItems, KeyItem } from '../components/KeyItem';
import type { MessageKey } from '../i18n/messages.en';
import { useT } from '../language/useT';
import { MAP_KEY_ITEMS, type MapKeyItem } from '../model/mapKey';
import { MAP_COLORS } from '../model/palette';
import { selectIsDense } from '../state/selectors';
import { useApp } from '../state/store';
import './layers.css';

/** The sample of a map key entry, drawn as the map draws the thing: its class and its colours. */
function swatchOf(item: MapKeyItem): { className: string; style: CSSProperties } {
  switch (item.swatch) {
    case 'area':
      return { className: 'legend-area', style: { background: item.color, borderColor: item.outline ?? item.color } };
    case 'line':
      return { className: 'legend-line', style: { background: item.color } };
    case 'dashed':
      return { className: 'legend-line legend-dashed', style: { color: item.color } };
    case 'ring':
      return { className: 'legend-ring', style: { borderColor: item.color } };
    case 'disc':
      return { className: 'legend-disc', style: { background: item.color } };
    case 'star':
      return { className: 'legend-star', style: { background: item.color } };
  }
}

/**
 * What the map's symbols mean: the map key (model/mapKey, which the PNG's key reads too) for the
 * layers that are on, then the events' categories. Open at first: the layers panel around it is what
 * starts folded, so unfolding "Layers & key" shows the whole key.
 */
export function Legend() {
  const t = useT();
  // Only large records are drawn as counts per area when zoomed out (see src/map/eventGrid.ts).
  const dense = useApp(selectIsDense);
  const hasImports = useApp((s) => s.imports.length > 0);
  const layers = useApp((s) => s.layers);
  return (
    <details className="legend" open>
      <summary>{t('legend.heading')}</summary>
      <ul>
        {MAP_KEY_ITEMS.filter((item) => !item.group || layers[item.group]).map((item) => {
          const { className, style } = swatchOf(item);
          return (
            <KeyItem key={item.id} swatch={className} style={style}>
              {/* Every map key id has its legend.<id> message: tests/unit/model/mapKey.test.ts. */}
              {t(`legend.${item.id}` as MessageKey)}
            </KeyItem>
          );
        })}
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
    </details>
  );
}
