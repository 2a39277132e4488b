import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../state/appState';
import { DENSE_DETAIL_ZOOM } from './style/eventLayers';
import type { StyleLayerIndex } from './style/layerTags';

/** Pixels around a click that still count as hitting a marker (fingers are not precise). */
const HIT_SLOP = 6;

/** Wires clicks, hover and camera moves on the map back into the store. */
export function bindInteractions(map: MlMap, layers: StyleLayerIndex, getStore: () => AppStore): () => void {
  const present = (ids: readonly string[]) => ids.filter((id) => map.getLayer(id));
  const onClick = (e: MapMouseEvent) => {
    const { x, y } = e.point;
    // A count of a large record's events: zoom in far enough to show them one by one.
    const cellLayers = present(layers.cellClick);
    const cell =
      cellLayers.length > 0
        ? map.queryRenderedFeatures([x, y], { layers: cellLayers }).find((f) => Number(f.state?.count ?? 0) > 0)
        : undefined;
    if (cell && cell.geometry.type === 'Point') {
      const [lon, lat] = cell.geometry.coordinates as [number, number];
      getStore().zoomTo([lon, lat], DENSE_DETAIL_ZOOM + 0.5);
      return;
    }
    const hits = map.queryRenderedFeatures(
      [
        [x - HIT_SLOP, y - HIT_SLOP],
        [x + HIT_SLOP, y + HIT_SLOP],
      ],
      { layers: present(layers.eventClick) },
    );
    // Hidden events stay in the source (their visibility is feature-state), so hits on them are dropped here.
    const ids = [...new Set(hits.filter((f) => f.state?.shown === true).map((f) => String(f.properties.id)))];
    const store = getStore();
    if (ids.length === 0) store.openChooser(null);
    else if (ids.length === 1) store.select(ids[0] ?? null);
    else store.openChooser({ ids, x, y });
  };
  const pointer = (cursor: string) => () => {
    map.getCanvas().style.cursor = cursor;
  };
  const onEnter = pointer('pointer');
  const onLeave = pointer('');
  const onMoveEnd = () => {
    const c = map.getCenter();
    getStore().setView({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  };
  const clickable = [...layers.eventClick, ...layers.cellClick];
  map.on('click', onClick);
  for (const id of clickable) {
    map.on('mouseenter', id, onEnter);
    map.on('mouseleave', id, onLeave);
  }
  map.on('moveend', onMoveEnd);
  return () => {
    map.off('click', onClick);
    for (const id of clickable) {
      map.off('mouseenter', id, onEnter);
      map.off('mouseleave', id, onLeave);
    }
    map.off('moveend', onMoveEnd);
  };
}
