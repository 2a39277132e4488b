import { useState } from 'react';
import { useT } from '../i18n/useT';
import { LAYER_GROUP_NAMES } from '../map/layerIds';
import { useApp } from '../state/store';
import { Legend } from './Legend';

const NARROW_QUERY = '(max-width: 720px)';

export function LayersPanel() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const setLayer = useApp((s) => s.setLayer);
  // Open on wide screens; on a phone the panel would hide most of the map, so it starts folded.
  const [startOpen] = useState(() => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_QUERY).matches);
  return (
    <details className="layers-panel" open={startOpen}>
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
