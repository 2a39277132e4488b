/**
 * The groups of map layers a reader switches on and off, in the layers panel's order. Which style
 * layers belong to a group is said by the style itself (a tag on each layer, see map/styleLayers).
 */
export const LAYER_GROUPS = ['batken', 'sughd', 'enclaves', 'checkpoints', 'trijunction', 'towns', 'events'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export function isLayerGroup(value: string): value is LayerGroup {
  return (LAYER_GROUPS as readonly string[]).includes(value);
}

export type LayerVisibility = Readonly<Record<LayerGroup, boolean>>;

/** Every group shown, or only those listed. */
export function layersShown(visible: readonly LayerGroup[] = LAYER_GROUPS): LayerVisibility {
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g, visible.includes(g)])) as Record<LayerGroup, boolean>;
}

/** More events than this and single markers at low zoom become an unreadable carpet: counts per area take over. */
export const DENSE_RECORD_SIZE = 3000;
