import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Source, StateInterval } from '../data/eventSchema';
import type { PlaceInfo } from '../data/placeIndex';
import type { Lang } from '../i18n/languages';
import type { MessageKey } from '../i18n/messages.en';
import type { Params } from '../i18n/translate';
import type { ImportedFile } from '../import/importTypes';
import { LAYER_GROUP_NAMES, type LayerGroup } from '../map/layerIds';
import { DEFAULT_SPEED, type Speed } from '../timeline/playback';
import { applyFilters, buildSearchIndex, type Category, type EventFilters, MAX_SEARCH_LENGTH, searchTerms } from './filters';
import { mergeImports } from './mergeImports';
import type { TimedEvent } from './timedEvent';
import { DEFAULT_WINDOW_MONTHS, type TimeMode, type WindowMonths } from './timeMode';
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

/**
 * A banner, kept as a message key and its values rather than as text, so it is shown in the
 * language of the moment (switching language re-words banners already up). `paramKeys` are values
 * that are themselves messages, such as a layer's name.
 */
export interface Notice {
  key: MessageKey;
  params?: Params;
  paramKeys?: Record<string, MessageKey>;
}

export interface AppState {
  /** What the app shows: the built-in record merged with the person's imports. */
  data: LoadedData | null;
  /** The built-in record as loaded; imports never change it. */
  builtIn: LoadedData | null;
  /** Files the person imported, in import order. */
  imports: ImportedFile[];
  /** Whether imports are kept in this browser's IndexedDB across reloads (off until the person asks). */
  keepImports: boolean;
  /** The event record could not be loaded: which file, and the browser's or validator's reason. */
  loadError: { file: string; reason: string } | null;
  skippedRecords: number;
  day: number;
  selectedId: string | null;
  layers: Record<LayerGroup, boolean>;
  view: MapViewState | null;
  camera: CameraRequest | null;
  chooser: Chooser | null;
  notices: Notice[];
  aboutOpen: boolean;
  mode: TimeMode;
  windowMonths: WindowMonths;
  filters: EventFilters;
  /** The events passing the filters, chronological; the same array as data.events when nothing filters. */
  filtered: readonly TimedEvent[];
  /** Folded search text per event, aligned with data.events. */
  searchIndex: readonly string[];
  playing: boolean;
  speed: Speed;
  loop: boolean;
  /** Interface language: text, dates, numbers, map labels and event texts follow it. */
  lang: Lang;
}

export interface AppActions {
  setData: (data: LoadedData, skippedRecords: number) => void;
  setLoadError: (error: { file: string; reason: string }) => void;
  addImport: (file: ImportedFile) => void;
  removeImport: (id: string) => void;
  setKeepImports: (keep: boolean) => void;
  setDay: (day: number) => void;
  select: (id: string | null) => void;
  setLayer: (group: LayerGroup, visible: boolean) => void;
  setLayers: (visible: readonly LayerGroup[]) => void;
  setView: (view: MapViewState) => void;
  zoomTo: (center: [number, number], zoom: number) => void;
  openChooser: (chooser: Chooser | null) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (index: number) => void;
  setAboutOpen: (open: boolean) => void;
  setMode: (mode: TimeMode) => void;
  setWindowMonths: (months: WindowMonths) => void;
  setCategoryShown: (category: Category, shown: boolean) => void;
  setFilters: (filters: EventFilters) => void;
  setSearch: (search: string) => void;
  clearFilters: () => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
  setLang: (lang: Lang) => void;
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
    builtIn: null,
    imports: [],
    keepImports: false,
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
    mode: 'cumulative',
    windowMonths: DEFAULT_WINDOW_MONTHS,
    filters: { hiddenCategories: [], search: '' },
    filtered: [],
    searchIndex: [],
    playing: false,
    speed: DEFAULT_SPEED,
    loop: false,
    lang: 'en',
  };
}

export function createAppStore(initial: Partial<AppState> = {}): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => {
    // The folded text of every event is as large as the record itself: build it on the first search only.
    const indexFor = (data: LoadedData, filters: EventFilters): readonly string[] => {
      const current = get().searchIndex;
      if (current.length === data.events.length || searchTerms(filters.search).length === 0) return current;
      return buildSearchIndex(data.events, data.places);
    };
    const refilter = (filters: EventFilters) => {
      const { data, selectedId } = get();
      const searchIndex = data ? indexFor(data, filters) : [];
      const filtered = data ? applyFilters(data.events, searchIndex, filters) : [];
      // A selection the filters now hide would leave details open for an event nowhere on screen.
      const keep = selectedId === null || filtered.some((e) => e.id === selectedId);
      set({ filters, filtered, searchIndex, ...(keep ? {} : { selectedId: null }) });
    };
    // Imports change the record itself: re-merge, keep the date (within the new extent), refilter.
    const changeImports = (imports: ImportedFile[]) => {
      const { builtIn, day, data: before } = get();
      if (!builtIn) {
        set({ imports });
        return;
      }
      const data = mergeImports(builtIn, imports);
      // A slider at the end stays at the end, so imported events after the old end are in view.
      const atEnd = before !== null && day >= before.extent.max;
      set({ imports, data, searchIndex: [], day: atEnd ? data.extent.max : clamp(day, data.extent) });
      refilter(get().filters);
    };
    return {
      ...initialState(),
      ...initial,
      setData: (builtIn, skippedRecords) => {
        const data = mergeImports(builtIn, get().imports);
        set({ builtIn, data, skippedRecords, day: data.extent.max, searchIndex: [] });
        refilter(get().filters);
      },
      addImport: (file) => changeImports([...get().imports.filter((f) => f.id !== file.id), file]),
      removeImport: (id) => changeImports(get().imports.filter((f) => f.id !== id)),
      setKeepImports: (keepImports) => set({ keepImports }),
      setLoadError: (loadError) => set({ loadError }),
      setDay: (day) => set({ day: clamp(day, get().data?.extent) }),
      select: (id) => {
        // Only events the filters let through can be selected: anything else is nowhere on screen.
        const events = get().data ? get().filtered : undefined;
        if (id !== null && events && !events.some((e) => e.id === id)) return;
        set({ selectedId: id, chooser: null });
      },
      setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
      setLayers: (visible) =>
        set({
          layers: Object.fromEntries(LAYER_GROUP_NAMES.map((g) => [g, visible.includes(g)])) as Record<LayerGroup, boolean>,
        }),
      setView: (view) => set({ view }),
      zoomTo: (center, zoom) => set({ camera: { center, zoom, seq: (get().camera?.seq ?? 0) + 1 } }),
      openChooser: (chooser) => set({ chooser }),
      // The same notice twice says nothing new.
      notify: (notice) => {
        const same = JSON.stringify(notice);
        if (get().notices.some((n) => JSON.stringify(n) === same)) return;
        set({ notices: [...get().notices, notice] });
      },
      dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
      setAboutOpen: (open) => set({ aboutOpen: open }),
      setMode: (mode) => set({ mode }),
      setWindowMonths: (windowMonths) => set({ windowMonths }),
      setCategoryShown: (category, shown) => {
        const hidden = get().filters.hiddenCategories.filter((c) => c !== category);
        refilter({ ...get().filters, hiddenCategories: shown ? hidden : [...hidden, category] });
      },
      setFilters: (filters) => refilter({ ...filters, search: filters.search.slice(0, MAX_SEARCH_LENGTH) }),
      setSearch: (search) => refilter({ ...get().filters, search: search.slice(0, MAX_SEARCH_LENGTH) }),
      clearFilters: () => refilter({ hiddenCategories: [], search: '' }),
      setPlaying: (playing) => set({ playing: playing && get().data !== null }),
      setSpeed: (speed) => set({ speed }),
      setLoop: (loop) => set({ loop }),
      setLang: (lang) => set({ lang }),
    };
  });
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
