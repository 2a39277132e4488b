import { useT } from '../i18n/useT';
import { LAYER_GROUP_NAMES } from '../map/layerIds';
import { useApp } from '../state/store';
import { Legend } from './Legend';

export function LayersPanel() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const setLayer = useApp((s) => s.setLayer);
  return (
    <details className="layers-panel" open>
      <summary>{t('layers.heading')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('layers.heading')}</legend>
        {LAYER_GROUP_NAMES.map((group) => (
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
