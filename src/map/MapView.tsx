import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import type { MapViewState } from '../state/urlState';
import { buildStyle } from './buildStyle';
import { connectStore } from './connectStore';
import { NOTO_SANS_FILES, preloadLabelFonts } from './fonts';
import { BORDER_AREA_BOUNDS, MAX_BOUNDS } from './initialView';
import { bindInteractions } from './interactions';
import { GEO_SOURCES, type GeoSourceId, LAYER_GROUP_NAMES, type LayerGroup } from './layerIds';
import { MapAdapter } from './mapAdapter';
import { setCommandMap } from './mapCommands';
import { MapControls, mapUiLocale } from './mapControls';
import { signalWhenReady } from './readiness';

// The bundled app cannot locate MapLibre's worker by itself.
maplibregl.setWorkerUrl(workerUrl);
// Start the workers and fetch the label fonts now, while React renders and the record loads:
// both otherwise begin only after the map is created, on the critical path to the first draw.
maplibregl.prewarm();
preloadLabelFonts();

function resolveUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Keeps the framed area clear of the layers panel that overlays the map's left edge on wide screens. */
function framePadding(width: number) {
  return width > WIDE_MAP_PX ? { top: 10, bottom: 10, right: 50, left: 250 } : 10;
}
const WIDE_MAP_PX = 720;

export interface MapViewProps {
  /** A view from the link; without it the map frames the Batken–Sughd border area. */
  initialView?: MapViewState | null;
}

/**
 * The one place React meets MapLibre: it creates the map once, connects it to the store through
 * the adapter, and removes it on unmount. State changes never rebuild the style.
 */
export function MapView({ initialView = null }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const initialViewRef = useRef(initialView);
  const [unavailable, setUnavailable] = useState(false);
  const t = useT();
  // The map is created once; later language changes reach it through `controls` (see below).
  const tRef = useRef(t);
  tRef.current = t;
  const controls = useRef<MapControls | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const view = initialViewRef.current;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: buildStyle({ resolveUrl, fonts: NOTO_SANS_FILES, lang: store.getState().lang }),
        ...(view
          ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
          : { bounds: BORDER_AREA_BOUNDS, fitBoundsOptions: { padding: framePadding(container.current.clientWidth) } }),
        maxBounds: MAX_BOUNDS,
        attributionControl: false,
        // Labels appear at once instead of fading: a fade is ~20 redraws of the whole map per change,
        // which on software rendering makes every slider step (and the counts layer) visibly lag.
        fadeDuration: 0,
        locale: mapUiLocale(tRef.current),
      });
    } catch (error) {
      // No WebGL (switched off, blocked, or too old a device): say so, and let the panels work on.
      console.error('The map could not be created', error);
      document.documentElement.dataset.mapReady = 'no-webgl';
      setUnavailable(true);
      return;
    }
    // A geo file that is missing or broken costs its layer, not the map: name it in a banner.
    const onError = (e: { error?: { message?: string }; sourceId?: string }) => {
      const id = e.sourceId;
      if (!id || !(id in GEO_SOURCES)) return;
      const file = GEO_SOURCES[id as GeoSourceId];
      const isGroup = (LAYER_GROUP_NAMES as readonly string[]).includes(id);
      store.getState().notify({
        key: 'error.geoFile',
        params: { file, reason: e.error?.message ?? 'unknown error', ...(isGroup ? {} : { layer: id }) },
        ...(isGroup ? { paramKeys: { layer: `layers.${id as LayerGroup}` } } : {}),
      });
    };
    map.on('error', onError);
    controls.current = new MapControls(map);
    controls.current.setLocale(mapUiLocale(tRef.current));
    window.__borderMap = map;
    setCommandMap(map);

    let disconnect: (() => void) | undefined;
    const unbind = bindInteractions(map, () => store.getState());
    const adapter = new MapAdapter(map, prefersReducedMotion());
    // The sources exist once the style is parsed: connecting then sends the events to the worker
    // alongside the first basemap tiles instead of after them ('load' waits for those tiles).
    map.once('style.load', () => {
      disconnect = connectStore(store, adapter);
    });
    // Ready means drawn with the event record applied (or its failure reported), not just the basemap.
    const stopSignal = signalWhenReady(map, () => {
      const s = store.getState();
      return disconnect !== undefined && (s.data !== null || s.loadError !== null);
    });
    return () => {
      stopSignal();
      map.off('error', onError);
      disconnect?.();
      adapter.dispose();
      unbind();
      if (window.__borderMap === map) delete window.__borderMap;
      setCommandMap(null);
      controls.current = null;
      map.remove();
    };
  }, [store]);

  // Control tooltips and the canvas's name follow the language; the map itself stays.
  useEffect(() => {
    controls.current?.setLocale(mapUiLocale(t));
  }, [t]);

  if (unavailable) {
    return (
      <div className="map map-unavailable" data-testid="map">
        <p role="alert">{t('error.noWebgl')}</p>
      </div>
    );
  }
  return <div ref={container} className="map" data-testid="map" />;
}
