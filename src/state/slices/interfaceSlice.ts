import type { StateCreator } from 'zustand/vanilla';
import { layersShown } from '../../model/layerGroup';
import { revealDay } from '../../model/revealDay';
import type { SheetSize } from '../../model/sheetSnap';
import type { AppStore, InterfaceSlice } from '../appState';
import { selectCheckpointIds, selectFiltered, selectTimeView } from '../selectors';

export const createInterfaceSlice: StateCreator<AppStore, [], [], InterfaceSlice> = (set, get) => {
  const passes = (id: string) => get().data === null || selectFiltered(get()).some((e) => e.id === id);
  const knownCheckpoint = (id: string) => get().data === null || selectCheckpointIds(get()).has(id);
  // A phone's details sheet opens at half height; moving between selections keeps the size chosen.
  const openedSheet = (): { sheetSize?: SheetSize } =>
    get().selectedId === null && get().selectedCheckpoint === null ? { sheetSize: 'half' } : {};
  // Where the camera goes must be seen: an open sheet drops to its peek, in the same update, so the
  // map frames the move with the sheet's new height.
  const peekSheet = (): { sheetSize?: SheetSize } => (get().sheetHeights !== null ? { sheetSize: 'peek' } : {});
  return {
    selectedId: null,
    hoveredId: null,
    markerFocusId: null,
    selectedCheckpoint: null,
    layers: layersShown(),
    view: null,
    camera: null,
    chooser: null,
    notices: [],
    aboutOpen: false,
    embed: 'off',
    linkPending: false,
    layersOpen: false,
    sheetSize: 'half',
    sheetHeights: null,
    select: (id) => {
      // Only events the filters let through can be selected: anything else is nowhere on screen.
      if (id !== null && !passes(id)) return;
      // One details panel at a time: an event replaces an open crossing.
      set({ selectedId: id, chooser: null, ...(id !== null ? { selectedCheckpoint: null, ...openedSheet() } : {}) });
    },
    reveal: (id, how) => {
      const s = get();
      const event = s.data ? selectFiltered(s).find((e) => e.id === id) : undefined;
      if (!s.data || !event) return;
      const day = revealDay(event, selectTimeView(s), s.data.extent, how);
      // One update, so the link's new history entry carries the event and its date together.
      set({
        selectedId: id,
        selectedCheckpoint: null,
        chooser: null,
        ...(day !== s.day ? { day, playing: false } : {}),
      });
    },
    selectCheckpoint: (id) => {
      if (id !== null && !knownCheckpoint(id)) return;
      set({ selectedCheckpoint: id, chooser: null, ...(id !== null ? { selectedId: null, ...openedSheet() } : {}) });
    },
    hover: (hoveredId) => {
      // The pointer or a list took over the label: the map's keyboard focus is no longer on it.
      if (get().hoveredId !== hoveredId || get().markerFocusId !== null) set({ hoveredId, markerFocusId: null });
    },
    focusMarker: (id) => set({ hoveredId: id, markerFocusId: id }),
    dropHiddenSelection: () => {
      const { selectedId } = get();
      if (selectedId !== null && !passes(selectedId)) set({ selectedId: null });
      const { selectedCheckpoint } = get();
      if (selectedCheckpoint !== null && !knownCheckpoint(selectedCheckpoint)) set({ selectedCheckpoint: null });
    },
    setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
    setLayers: (visible) => set({ layers: layersShown(visible) }),
    setView: (view) => set({ view }),
    zoomTo: (center, zoom) => set({ camera: { center, zoom, seq: (get().camera?.seq ?? 0) + 1 }, ...peekSheet() }),
    fitTo: (bounds, maxZoom) => set({ camera: { bounds, maxZoom, seq: (get().camera?.seq ?? 0) + 1 }, ...peekSheet() }),
    openChooser: (chooser) => set({ chooser }),
    // The same notice twice says nothing new.
    notify: (notice) => {
      const same = JSON.stringify(notice);
      if (get().notices.some((n) => JSON.stringify(n) === same)) return;
      set({ notices: [...get().notices, notice] });
    },
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    setAboutOpen: (aboutOpen) => set({ aboutOpen }),
    setEmbed: (embed) => set({ embed }),
    setLinkPending: (linkPending) => set({ linkPending }),
    setLayersOpen: (layersOpen) => set({ layersOpen }),
    setSheetSize: (sheetSize) => set({ sheetSize }),
    setSheetHeights: (sheetHeights) => set({ sheetHeights }),
  };
};
