import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../language/useT';
import type { MapViewState } from '../state/appState';
import { useAppStore } from '../state/store';
import { useSetMapController } from './MapContext';
import { MapController } from './MapController';
import { markFirstMapSettled } from './readiness';

export interface MapViewProps {
  /** A view from the link; without it the map frames the Batken–Sughd border area. */
  initialView?: MapViewState | null;
}

/**
 * The one place React meets the map: it creates the map controller once, hands it to MapContext,
 * and disposes of it on unmount. State changes reach the map through the store, never a rebuild.
 */
export function MapView({ initialView = null }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const initialViewRef = useRef(initialView);
  const [unavailable, setUnavailable] = useState(false);
  const setController = useSetMapController();
  const controller = useRef<MapController | null>(null);
  const t = useT();
  const keysId = useId();

  useEffect(() => {
    if (!container.current) return;
    let created: MapController;
    try {
      created = new MapController(container.current, store, initialViewRef.current);
    } catch (error) {
      // No WebGL (switched off, blocked, or too old a device): say so, and let the panels work on.
      console.error('The map could not be created', error);
      document.documentElement.dataset.mapReady = 'no-webgl';
      markFirstMapSettled();
      setUnavailable(true);
      return;
    }
    controller.current = created;
    created.describeCanvas(keysId);
    setController(created);
    return () => {
      controller.current = null;
      setController(null);
      created.dispose();
    };
  }, [store, setController, keysId]);

  // Control tooltips and the canvas's name follow the language; the map itself stays.
  useEffect(() => {
    controller.current?.setInterfaceLanguage(t);
  }, [t]);

  if (unavailable) {
    return (
      <div className="map map-unavailable" data-testid="map">
        <p role="alert">{t('error.noWebgl')}</p>
      </div>
    );
  }
  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      <p id={keysId} className="visually-hidden">
        {t('map.keys')}
      </p>
    </>
  );
}
