import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { MapController } from './MapController';

interface MapContextValue {
  /** The live map's controller, or null before the map exists (or where it cannot: no WebGL). */
  controller: MapController | null;
  setController: (controller: MapController | null) => void;
}

const MapContext = createContext<MapContextValue>({ controller: null, setController: () => undefined });

/** Holds the map controller MapView creates, for the views that ask the map for something (a PNG). */
export function MapProvider({ children }: { children: ReactNode }) {
  const [controller, setController] = useState<MapController | null>(null);
  const value = useMemo(() => ({ controller, setController }), [controller]);
  return <MapContext.Provider value={value}>{children}</MapContext.Provider>;
}

export function useMapController(): MapController | null {
  return useContext(MapContext).controller;
}

export function useSetMapController(): (controller: MapController | null) => void {
  return useContext(MapContext).setController;
}
