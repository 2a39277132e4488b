import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Source, StateInterval } from '../data/eventSchema';
import type { PlaceInfo } from '../data/placeIndex';
import { LAYER_GROUP_NAMES, type LayerGroup } from '../map/layerIds';
import type { TimedEvent } from './timedEvent';
import type { MapViewState } from './urlState';

export interface LoadedData {
  events: TimedEvent[];
  sources: Record<string, Source>;
  places: Record<string, PlaceInfo>;
  borderStates: StateInterval[];
  checkpointStates: Record<string, StateInterval[]>;
  extent: { min: number; max: number };
}

export interface CameraRequest {
  center: [number, number];
  zoom: number;
  /** Increments on every request so asking twice for the same place still moves the map. */
  seq: number;
}

export interface Chooser {
  ids: string[];
  /** Screen position of the click that found several events at one place. */
  x: number;
  y: number;
}

export interface AppState {
  data: LoadedData | null;
  loadError: string | null;
  skippedRecords: number;
  day: number;
  selectedId: string | null;
  layers: Record<LayerGroup, boolean>;
  view: MapViewState | null;
  camera: CameraRequest | null;
  chooser: Chooser | null;
  notices: string[];
  aboutOpen: boolean;
}

export interface AppActions {
  setData: (data: LoadedData, skippedRecords: number) => void;
  setLoadError: (message: string) => void;
  setDay: (day: number) => void;
  select: (id: string | null) => void;
  setLayer: (group: LayerGroup, visible: boolean) => void;
  setLayers: (visible: readonly LayerGroup[]) => void;
  setView: (view: MapViewState) => void;
  zoomTo: (center: [number, number], zoom: number) => void;
  openChooser: (chooser: Chooser | null) => void;
  notify: (message: string) => void;
  dismissNotice: (index: number) => void;
  setAboutOpen: (open: boolean) => void;
}

export type AppStore = AppState & AppActions;

export const ALL_LAYERS_ON: Record<LayerGroup, boolean> = Object.fromEntries(LAYER_GROUP_NAMES.map((g) => [g, true])) as Record<
  LayerGroup,
  boolean
>;

function clamp(day: number, extent: { min: number; max: number } | undefined): number {
  if (!extent) return day;
  return Math.min(extent.max, Math.max(extent.min, Math.round(day)));
}

export function initialState(): AppState {
  return {
    data: null,
    loadError: null,
    skippedRecords: 0,
    day: 0,
    selectedId: null,
    layers: { ...ALL_LAYERS_ON },
    view: null,
    camera: null,
    chooser: null,
    notices: [],
    aboutOpen: false,
  };
}

export function createAppStore(initial: Partial<AppState> = {}): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => ({
    ...initialState(),
    ...initial,
    setData: (data, skippedRecords) => set({ data, skippedRecords, day: data.extent.max }),
    setLoadError: (message) => set({ loadError: message }),
    setDay: (day) => set({ day: clamp(day, get().data?.extent) }),
    select: (id) => {
      const events = get().data?.events;
      if (id !== null && events && !events.some((e) => e.id === id)) return;
      set({ selectedId: id, chooser: null });
    },
    setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
    setLayers: (visible) =>
      set({ layers: Object.fromEntries(LAYER_GROUP_NAMES.map((g) => [g, visible.includes(g)])) as Record<LayerGroup, boolean> }),
    setView: (view) => set({ view }),
    zoomTo: (center, zoom) => set({ camera: { center, zoom, seq: (get().camera?.seq ?? 0) + 1 } }),
    openChooser: (chooser) => set({ chooser }),
    // The same notice twice says nothing new (and notices are keyed by their text).
    notify: (message) => set({ notices: get().notices.includes(message) ? get().notices : [...get().notices, message] }),
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    setAboutOpen: (open) => set({ aboutOpen: open }),
  }));
}

/** The app's one store. Component tests provide their own through `StoreContext`. */
export const appStore = createAppStore();
export const StoreContext = createContext<StoreApi<AppStore>>(appStore);

export function useApp<T>(selector: (state: AppStore) => T): T {
  return useStore(useContext(StoreContext), selector);
}

export function useAppStore(): StoreApi<AppStore> {
  return useContext(StoreContext);
}
