import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../state/store';
import { DENSE_DETAIL_ZOOM } from './buildStyle';

const EVENT_LAYERS = ['events-circle'];
const GRID_LAYER = 'events-grid-circle';
/** Pixels around a click that still count as hitting a marker (fingers are not precise). */
const HIT_SLOP = 6;

/** Wires clicks, hover and camera moves on the map back into the store. */
export function bindInteractions(map: MlMap, getStore: () => AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    const { x, y } = e.point;
    // A count of a large record's events: zoom in far enough to show them one by one.
    const cell = map.getLayer(GRID_LAYER)
      ? map.queryRenderedFeatures([x, y], { layers: [GRID_LAYER] }).find((f) => Number(f.state?.count ?? 0) > 0)
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
      { layers: EVENT_LAYERS.filter((id) => map.getLayer(id)) },
    );
    // Hidden events stay in the source (their visibility is feature-state), so hits on them are dropped here.
    const ids = [...new Set(hits.filter((f) => f.state?.shown === true).map((f) => String(f.properties.id)))];
    const store = getStore();
    if (ids.length === 0) store.openChooser(null);
    else if (ids.length === 1) store.select(ids[0] ?? null);
    else store.openChooser({ ids, x, y });
  };
  const onEnter = () => {
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = () => {
    map.getCanvas().style.cursor = '';
  };
  const onMoveEnd = () => {
    const c = map.getCenter();
    getStore().setView({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  };
  map.on('click', onClick);
  map.on('mouseenter', 'events-circle', onEnter);
  map.on('mouseleave', 'events-circle', onLeave);
  map.on('mouseenter', GRID_LAYER, onEnter);
  map.on('mouseleave', GRID_LAYER, onLeave);
  map.on('moveend', onMoveEnd);
  return () => {
    map.off('click', onClick);
    map.off('mouseenter', 'events-circle', onEnter);
    map.off('mouseleave', 'events-circle', onLeave);
    map.off('mouseenter', GRID_LAYER, onEnter);
    map.off('mouseleave', GRID_LAYER, onLeave);
    map.off('moveend', onMoveEnd);
  };
}
