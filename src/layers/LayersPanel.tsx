import { useState } from 'react';
import { useT } from '../language/useT';
import { LAYER_GROUPS } from '../model/layerGroup';
import { NARROW_QUERY } from '../model/layout';
import { matchesMedia } from '../platform/media';
import { useActions, useApp } from '../state/store';
import { Legend } from './Legend';
import './layers.css';

export function LayersPanel() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const { setLayer } = useActions();
  // Open on wide screens; on a phone the panel would hide most of the map, so it starts folded.
  const [startOpen] = useState(() => !matchesMedia(NARROW_QUERY));
  return (
    <details className="layers-panel" open={startOpen}>
      <summary>{t('layers.heading')}</summary>
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
