import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../state/appState';
import { markerStepForKey, markersInView, stepMarker } from '../state/markerSteps';
import { selectShownEvents } from '../state/selectors';

/** As far as MapLibre's own arrow keys pan. */
const PAN_PX = 100;

const PAN: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-PAN_PX, 0],
  ArrowRight: [PAN_PX, 0],
  ArrowUp: [0, -PAN_PX],
  ArrowDown: [0, PAN_PX],
};

/**
 * The map's keys while its canvas has focus, so markers are reachable without a pointer:
 * arrows step the focus through the markers in view (state/markerSteps.ts says in what order),
 * Enter opens the focused one, Escape leaves it, and Shift+arrow pans (MapLibre's own arrows pan
 * and its Shift+arrows rotate and tilt; both are taken here). + and − still reach MapLibre's zoom.
 * Listening on the canvas, below MapLibre's listener on its container, lets a handled key stop there.
 */
export function bindMarkerKeys(
  map: Pick<MlMap, 'getCanvas' | 'panBy'>,
  getStore: () => AppStore,
  reducedMotion: boolean,
): () => void {
  const canvas = map.getCanvas();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const store = getStore();
    const pan = PAN[e.key];
    const step = markerStepForKey(e.key);
    if (pan && e.shiftKey) {
      map.panBy(pan, { duration: reducedMotion ? 0 : 300 });
    } else if (step && !e.shiftKey) {
      const markers = store.layers.events ? markersInView(selectShownEvents(store), store.view?.bounds ?? null) : [];
      // Go on from the marker labelled (by these keys or the pointer), else from the open event.
      const id = stepMarker(markers, store.markerFocusId ?? store.hoveredId ?? store.selectedId, step);
      if (id !== null) store.focusMarker(id);
    } else if (e.key === 'Enter' && store.markerFocusId !== null) {
      store.select(store.markerFocusId);
    } else if (e.key === 'Escape' && store.markerFocusId !== null) {
      // The first Escape only leaves the marker; an open details panel closes on the next one.
      store.focusMarker(null);
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };
  // Leaving the map leaves its marker: the label would otherwise stay up with nothing focused.
  const onBlur = () => {
    const store = getStore();
    if (store.markerFocusId !== null) store.focusMarker(null);
  };
  canvas.addEventListener('keydown', onKeyDown);
  canvas.addEventListener('blur', onBlur);
  return () => {
    canvas.removeEventListener('keydown', onKeyDown);
    canvas.removeEventListener('blur', onBlur);
  };
}
