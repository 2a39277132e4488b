/**
 * The store's shape: one interface per slice (record, time, filters, interface, language), joined
 * into AppStore. Types only, so the slices, the store and the selectors can all read it without
 * importing each other.
 */
import type { MessageKey } from '../i18n/messages.en';
import type { Params } from '../i18n/translate';
import type { BorderGeometry } from '../model/borderContext';
import type { Category } from '../model/category';
import type { EmbedMode } from '../model/embed';
import type { ImportedFile } from '../model/importedFile';
import type { Lang } from '../model/languages';
import type { LayerGroup, LayerVisibility } from '../model/layerGroup';
import type { LoadedData } from '../model/loadedData';
import type { LonLatBounds } from '../model/lonLatBounds';
import type { RecordChanges } from '../model/recordHistory';
import type { RevealHow } from '../model/revealDay';
import type { SheetHeights, SheetSize } from '../model/sheetSnap';
import type { Speed } from '../model/speed';
import type { Story, StoryOrigin } from '../model/story';
import type { TimeMode, WindowMonths } from '../model/timeMode';
import type { EventFilters } from './filters';

/** The record: what was loaded, what the person imported, and what went wrong loading it. */
export interface RecordSlice {
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
  /**
   * The pre-2025 KG–TJ line and country outlines, loaded after the record (null until then, or
   * for good when the files were unusable): the details panel's side-and-distance line reads it.
   */
  borderGeometry: BorderGeometry | null;
  setData: (data: LoadedData, skippedRecords: number) => void;
  /**
   * Makes the built-in record hold every translation: a cold load fetches it cut to the reader's
   * language, and a language switch or a search in every language needs the rest. Fetches the full
   * record once (and again after a failure); resolves false when it could not be had. Keeps the date,
   * the selection and the filters.
   */
  completeRecord: () => Promise<boolean>;
  setBorderGeometry: (geometry: BorderGeometry) => void;
  setLoadError: (error: { file: string; reason: string }) => void;
  addImport: (file: ImportedFile) => void;
  removeImport: (id: string) => void;
  setKeepImports: (keep: boolean) => void;
}

/** The slider's date, how it selects events, and playback. */
export interface TimeSlice {
  /** Day number (days since 1970-01-01 UTC), always within the record's extent once loaded. */
  day: number;
  mode: TimeMode;
  windowMonths: WindowMonths;
  playing: boolean;
  speed: Speed;
  loop: boolean;
  setDay: (day: number) => void;
  setMode: (mode: TimeMode) => void;
  setWindowMonths: (months: WindowMonths) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
}

/** Which events pass: categories switched off and the search. The events that pass are a selector. */
export interface FiltersSlice {
  filters: EventFilters;
  setCategoryShown: (category: Category, shown: boolean) => void;
  setFilters: (filters: EventFilters) => void;
  setSearch: (search: string) => void;
  clearFilters: () => void;
}

export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
  /** What the map shows, once it has been drawn (a view read from a link has none yet). */
  bounds?: LonLatBounds;
}

/** Where the map should go: a point at a zoom, or a box fitted to the map no closer than `maxZoom`. */
export type CameraTarget = { center: [number, number]; zoom: number } | { bounds: LonLatBounds; maxZoom: number };

export type CameraRequest = CameraTarget & {
  /** Increments on every request so asking twice for the same place still moves the map. */
  seq: number;
};

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
  /**
   * A link made with an older record version: the events on screen added or changed since, and
   * those removed. Counted when the link was opened, at the link's view, and listed on request.
   */
  changes?: Pick<RecordChanges, 'added' | 'changed' | 'removed'>;
}

/** What the reader has open, selected and switched on. */
export interface InterfaceSlice {
  selectedId: string | null;
  /** The crossing whose details are open; never set together with `selectedId` (one panel at a time). */
  selectedCheckpoint: string | null;
  /** The event under the pointer on the map, or focused in a list: the map labels it. */
  hoveredId: string | null;
  /** The marker the map's keyboard focus is on (then also `hoveredId`): announced by title and date. Any `hover` clears it. */
  markerFocusId: string | null;
  layers: LayerVisibility;
  view: MapViewState | null;
  camera: CameraRequest | null;
  chooser: Chooser | null;
  notices: Notice[];
  aboutOpen: boolean;
  /** How the page is shown: the full app, or embedded in another page (set once, from the link). */
  embed: EmbedMode;
  /**
   * The page's link is still to be applied (a story link waits for the stories file): the map's
   * first paint and readiness wait for it, so the first picture is the link's view.
   */
  linkPending: boolean;
  /** Whether the layers panel over the map is unfolded: the map keeps what it frames clear of it. */
  layersOpen: boolean;
  /** The phone's details sheet: the size it rests at (peek, half, full). */
  sheetSize: SheetSize;
  /** Its measured height at each size while it is shown as a sheet; null otherwise (no sheet: wide screen, nothing open). */
  sheetHeights: SheetHeights | null;
  select: (id: string | null) => void;
  /**
   * Selects an event and moves the date so the map shows it (see `model/revealDay`): `goTo` into
   * the event's own dates, `keepIfShown` only when the date would hide it. Pauses playback when the
   * date moves, so the chosen moment stays on screen. Ignores events the filters do not pass.
   */
  reveal: (id: string, how: RevealHow) => void;
  hover: (id: string | null) => void;
  /** Moves the map's keyboard focus to a marker (labelled like a hover), or off it with null. */
  focusMarker: (id: string | null) => void;
  /** Selects a crossing the record or the checkpoints layer knows (anything else is ignored); clears the event selection. */
  selectCheckpoint: (id: string | null) => void;
  /** Clears a selection the filters or the record no longer let through: it would be nowhere on screen. */
  dropHiddenSelection: () => void;
  setLayer: (group: LayerGroup, visible: boolean) => void;
  setLayers: (visible: readonly LayerGroup[]) => void;
  setView: (view: MapViewState) => void;
  zoomTo: (center: [number, number], zoom: number) => void;
  /** Frames the box with a margin, never zooming in closer than `maxZoom`. */
  fitTo: (bounds: LonLatBounds, maxZoom: number) => void;
  openChooser: (chooser: Chooser | null) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (index: number) => void;
  setEmbed: (embed: EmbedMode) => void;
  setLinkPending: (pending: boolean) => void;
  setAboutOpen: (open: boolean) => void;
  setLayersOpen: (open: boolean) => void;
  setSheetSize: (size: SheetSize) => void;
  setSheetHeights: (heights: SheetHeights | null) => void;
}

/** Interface language: text, dates, numbers, map labels and event texts follow it. */
export interface LanguageSlice {
  lang: Lang;
  /** Sets a language whose dictionary is loaded (or about to fall back to English key by key). */
  setLang: (lang: Lang) => void;
  /**
   * Loads the language's dictionary, then sets it: at once if it is loaded. If the chunk cannot be
   * fetched the language stays and a notice says so; a later choice overrides a slower earlier one.
   * Resolves to whether `lang` is now the interface language.
   */
  chooseLang: (lang: Lang) => Promise<boolean>;
}

/** A story being walked: which one, where it came from, and the step on screen (from 0). */
export interface OpenStory {
  origin: StoryOrigin;
  story: Story;
  step: number;
}

/** Stories: the built-in ones (loaded on first need), the reader's own, and the one open. */
export interface StorySlice {
  /** The built-in stories, once loaded (null: not asked for yet). */
  stories: Story[] | null;
  /** Why the built-in stories could not all be used (a file problem, or stories skipped), for a notice. */
  storiesProblem: string | null;
  story: OpenStory | null;
  /** Play: the story advances on its own, each step waiting for the camera and a reading time. */
  storyPlaying: boolean;
  /** The reader's own story, made with "Add this view as a step"; null until the first step. */
  personalStory: Story | null;
  /** Whether the reader asked to keep their story in this browser (localStorage) across visits. */
  keepStory: boolean;
  /** The Stories panel (the list, and the reader's own story) is open. */
  storiesOpen: boolean;
  /** What the map showed before the story was opened (as its link's query, and the camera): Exit story puts it back. */
  freeView: { search: string; view: MapViewState | null } | null;
  setStories: (stories: Story[], problem: string | null) => void;
  /**
   * Opens a story at a step (from 0) and shows that step; false (and nothing changes) when the
   * step does not exist. Remembers the free map the first time, for Exit.
   */
  openStory: (origin: StoryOrigin, story: Story, step?: number) => boolean;
  /** Shows another step of the open story; false when there is none such. */
  goToStep: (step: number) => boolean;
  /** Leaves the story and puts back the map as it was before it was opened. */
  exitStory: () => void;
  /** Forgets the open story and leaves the view as it is (a link without a story was opened). */
  closeStory: () => void;
  setStoryPlaying: (playing: boolean) => void;
  setPersonalStory: (story: Story | null) => void;
  setKeepStory: (keep: boolean) => void;
  setStoriesOpen: (open: boolean) => void;
}

export type AppStore = RecordSlice & TimeSlice & FiltersSlice & InterfaceSlice & LanguageSlice & StorySlice;

type ActionKey = { [K in keyof AppStore]: AppStore[K] extends (...args: never[]) => unknown ? K : never }[keyof AppStore];
/** The store's functions: stable for its whole life. */
export type AppActions = Pick<AppStore, ActionKey>;
/** The store's data, without its functions. */
export type AppState = Omit<AppStore, ActionKey>;
