import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../state/store';

const EVENT_LAYERS = ['events-circle'];
/** Pixels around a click that still count as hitting a marker (fingers are not precise). */
const HIT_SLOP = 6;

/** Wires clicks, hover and camera moves on the map back into the store. */
export function bindInteractions(map: MlMap, getStore: () => AppStore): () => void {
  const onClick = (e: MapMouseEvent) => {
    const { x, y } = e.point;
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
  map.on('moveend', onMoveEnd);
  return () => {
    map.off('click', onClick);
    map.off('mouseenter', 'events-circle', onEnter);
    map.off('mouseleave', 'events-circle', onLeave);
    map.off('moveend', onMoveEnd);
  };
}
