import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_GROUPS, type LayerGroup } from '../../model/layerGroup';

/**
 * What a style layer is for, written on the layer itself (in its `metadata`), so the style stays
 * the one place that names layers: the layer groups the panel toggles, the labels that follow the
 * language, the markers and the clickable layers are all read back from these tags.
 */
export interface LayerTags {
  /** The layers panel's group that shows and hides it. */
  group?: LayerGroup;
  /** Labels a feature by its name: its text follows the interface language. */
  nameLabel?: true;
  /** One marker per event: for large records drawn only from the detail zoom on. */
  marker?: true;
  /** A click here selects an event or a crossing, or zooms into a cell of counts. */
  click?: 'event' | 'cell' | 'checkpoint' | 'stack';
}

const KEY = 'kgtj:tags';

export function tagged<L extends LayerSpecification>(tags: LayerTags, layer: L): L {
  return { ...layer, metadata: { [KEY]: tags } };
}

export function tagsOf(layer: LayerSpecification): LayerTags {
  const metadata = layer.metadata as Record<string, unknown> | undefined;
  return (metadata?.[KEY] as LayerTags | undefined) ?? {};
}

/** The layer lists the map controller works with, read from a style's tags. */
export interface StyleLayerIndex {
  groups: Record<LayerGroup, string[]>;
  nameLabels: string[];
  markers: string[];
  eventClick: string[];
  cellClick: string[];
  checkpointClick: string[];
  /** Count badges on pins several events share: a click lists them. */
  stackClick: string[];
}

export function indexLayers(layers: readonly LayerSpecification[]): StyleLayerIndex {
  const index: StyleLayerIndex = {
    groups: Object.fromEntries(LAYER_GROUPS.map((g) => [g, [] as string[]])) as Record<LayerGroup, string[]>,
    nameLabels: [],
    markers: [],
    eventClick: [],
    cellClick: [],
    checkpointClick: [],
    stackClick: [],
  };
  for (const layer of layers) {
    const tags = tagsOf(layer);
    if (tags.group) index.groups[tags.group].push(layer.id);
    if (tags.nameLabel) index.nameLabels.push(layer.id);
    if (tags.marker) index.markers.push(layer.id);
    if (tags.click === 'event') index.eventClick.push(layer.id);
    if (tags.click === 'cell') index.cellClick.push(layer.id);
    if (tags.click === 'checkpoint') index.checkpointClick.push(layer.id);
    if (tags.click === 'stack') index.stackClick.push(layer.id);
  }
  return index;
}
