import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { MAP_ATTRIBUTION } from './attribution';
import { buildStyle } from './buildStyle';
import { NOTO_SANS_FILES } from './fonts';
import { BORDER_AREA_BOUNDS, MAX_BOUNDS } from './initialView';
import { signalWhenReady } from './readiness';

// The bundled app cannot locate MapLibre's worker by itself.
maplibregl.setWorkerUrl(workerUrl);

function resolveUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

export interface MapViewProps {
  /** Called once the map has drawn its first complete frame. */
  onReady?: (map: maplibregl.Map) => void;
}

/**
 * The one place React meets MapLibre: it creates the map once and removes it on unmount. State
 * changes reach the map through the adapter, never by rebuilding the style.
 */
export function MapView({ onReady }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildStyle({ resolveUrl, fonts: NOTO_SANS_FILES }),
      bounds: BORDER_AREA_BOUNDS,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
    });
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: MAP_ATTRIBUTION }), 'bottom-right');
    window.__borderMap = map;
    const stopSignal = signalWhenReady(map, () => onReadyRef.current?.(map));
    return () => {
      stopSignal();
      if (window.__borderMap === map) delete window.__borderMap;
      map.remove();
    };
  }, []);

  return <div ref={container} className="map" data-testid="map" />;
}
