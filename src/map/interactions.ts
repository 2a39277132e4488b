import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../state/appState';
import { DENSE_DETAIL_ZOOM } from './style/eventLayers';
import type { StyleLayerIndex } from './style/layerTags';

/** Pixels around a click that still count as hitting a marker (fingers are not precise). */
const HIT_SLOP = 6;

/** Wires clicks, hover and camera moves on the map back into the store. */
export function bindInteractions(map: MlMap, layers: StyleLayerIndex, getStore: () => AppStore): () => void {
  const present = (ids: readonly string[]) => ids.filter((id) => map.getLayer(id));
  const around = (x: number, y: number): [[number, number], [number, number]] => [
    [x - HIT_SLOP, y - HIT_SLOP],
    [x + HIT_SLOP, y + HIT_SLOP],
  ];
  const checkpointAt = (x: number, y: number): string | undefined => {
    const targets = present(layers.checkpointClick);
    const hit = targets.length > 0 ? map.queryRenderedFeatures(around(x, y), { layers: targets })[0] : undefined;
    return hit ? String(hit.properties.id) : undefined;
  };
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
    // A count badge stands for the events under its pin: list them, as a click on the pin does.
    const stackLayers = present(layers.stackClick);
    const stack =
      stackLayers.length > 0
        ? map.queryRenderedFeatures(around(x, y), { layers: stackLayers }).find((f) => Number(f.state?.count ?? 0) > 1)
        : undefined;
    const at = stack?.geometry.type === 'Point' ? map.project(stack.geometry.coordinates as [number, number]) : { x, y };
    const hits = map.queryRenderedFeatures(around(at.x, at.y), { layers: present(layers.eventClick) });
    // Hidden events stay in the source (their visibility is feature-state), so hits on them are dropped here.
    const ids = [...new Set(hits.filter((f) => f.state?.shown === true).map((f) => String(f.properties.id)))];
    const store = getStore();
    if (ids.length === 0) {
      // Event markers are drawn over the crossings, so a click that hits both is the event's.
      const checkpoint = checkpointAt(x, y);
      if (checkpoint) store.selectCheckpoint(checkpoint);
      else store.openChooser(null);
    } else if (ids.length === 1) store.select(ids[0] ?? null);
    else store.openChooser({ ids, x, y });
  };
  const pointer = (cursor: string) => () => {
    map.getCanvas().style.cursor = cursor;
  };
  // The top shown marker under the pointer is labelled (title and date) until the pointer leaves it.
  const onMove = (e: MapMouseEvent) => {
    const targets = present(layers.eventClick);
    const hit =
      targets.length > 0
        ? map.queryRenderedFeatures(around(e.point.x, e.point.y), { layers: targets }).find((f) => f.state?.shown === true)
        : undefined;
    getStore().hover(hit ? String(hit.properties.id) : null);
  };
  const onOut = () => getStore().hover(null);
  const onEnter = pointer('pointer');
  const onLeave = pointer('');
  const clickable = [...layers.eventClick, ...layers.cellClick, ...layers.checkpointClick, ...layers.stackClick];
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  for (const id of clickable) {
    map.on('mouseenter', id, onEnter);
    map.on('mouseleave', id, onLeave);
  }
  const stopReporting = reportView(map, getStore);
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
    for (const id of clickable) {
      map.off('mouseenter', id, onEnter);
      map.off('mouseleave', id, onLeave);
    }
    stopReporting();
  };
}

/**
 * Tells the store what the map shows (centre, zoom, bounds) after every move, and once at the start:
 * the link, the "in view" count and the edge pointers read it. A still map reports it too.
 */
export function reportView(map: MlMap, getStore: () => AppStore): () => void {
  const onMoveEnd = () => {
    const c = map.getCenter();
    const b = map.getBounds();
    getStore().setView({
      zoom: map.getZoom(),
      lat: c.lat,
      lon: c.lng,
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    });
  };
  map.on('moveend', onMoveEnd);
  // The opening view is set without a move: read it once the map has a size and a camera.
  map.once('load', onMoveEnd);
  return () => {
    map.off('moveend', onMoveEnd);
    map.off('load', onMoveEnd);
  };
}
