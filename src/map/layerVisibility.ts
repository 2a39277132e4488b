import { LAYER_GROUPS, type LayerGroup } from './layerIds';

export type Visibility = 'visible' | 'none';

/** The layout visibility each style layer should have for the given group toggles. */
export function layerVisibility(layers: Readonly<Record<LayerGroup, boolean>>): Array<[string, Visibility]> {
  const out: Array<[string, Visibility]> = [];
  for (const [group, ids] of Object.entries(LAYER_GROUPS) as [LayerGroup, readonly string[]][]) {
    for (const id of ids) out.push([id, layers[group] ? 'visible' : 'none']);
  }
  return out;
}
