import { useT } from '../language/useT';
import { LAYER_GROUPS } from '../model/layerGroup';
import { useActions, useApp } from '../state/store';
import { Legend } from './Legend';
import './layers.css';

export function LayersPanel() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  // Folded at first on every screen: open, it covers a quarter of a laptop's map. Whether it is
  // open lives in the store because the map frames what it shows clear of it (MapController).
  const open = useApp((s) => s.layersOpen);
  const { setLayer, setLayersOpen } = useActions();
  return (
    <details className="layers-panel" open={open} onToggle={(e) => setLayersOpen(e.currentTarget.open)}>
      <summary>{t('layers.toggle')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('layers.heading')}</legend>
        {LAYER_GROUPS.map((group) => (
          <label key={group}>
            <input type="checkbox" checked={layers[group]} onChange={(e) => setLayer(group, e.currentTarget.checked)} />
            {t(`layers.${group}`)}
          </label>
        ))}
      </fieldset>
      <Legend />
    </details>
  );
}
