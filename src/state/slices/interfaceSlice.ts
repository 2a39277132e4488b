import type { StateCreator } from 'zustand/vanilla';
import { layersShown } from '../../model/layerGroup';
import type { AppStore, InterfaceSlice } from '../appState';
import { selectCheckpointIds, selectFiltered } from '../selectors';

export const createInterfaceSlice: StateCreator<AppStore, [], [], InterfaceSlice> = (set, get) => {
  const passes = (id: string) => get().data === null || selectFiltered(get()).some((e) => e.id === id);
  const knownCheckpoint = (id: string) => get().data === null || selectCheckpointIds(get()).has(id);
  return {
    selectedId: null,
    hoveredId: null,
    selectedCheckpoint: null,
    layers: layersShown(),
    view: null,
    camera: null,
    chooser: null,
    notices: [],
    aboutOpen: false,
    select: (id) => {
      // Only events the filters let through can be selected: anything else is nowhere on screen.
      if (id !== null && !passes(id)) return;
      // One details panel at a time: an event replaces an open crossing.
      set({ selectedId: id, chooser: null, ...(id !== null ? { selectedCheckpoint: null } : {}) });
    },
    selectCheckpoint: (id) => {
      if (id !== null && !knownCheckpoint(id)) return;
      set({ selectedCheckpoint: id, chooser: null, ...(id !== null ? { selectedId: null } : {}) });
    },
    hover: (hoveredId) => {
      if (get().hoveredId !== hoveredId) set({ hoveredId });
    },
    dropHiddenSelection: () => {
      const { selectedId } = get();
      if (selectedId !== null && !passes(selectedId)) set({ selectedId: null });
      const { selectedCheckpoint } = get();
      if (selectedCheckpoint !== null && !knownCheckpoint(selectedCheckpoint)) set({ selectedCheckpoint: null });
    },
    setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
    setLayers: (visible) => set({ layers: layersShown(visible) }),
    setView: (view) => set({ view }),
    zoomTo: (center, zoom) => set({ camera: { center, zoom, seq: (get().camera?.seq ?? 0) + 1 } }),
    fitTo: (bounds, maxZoom) => set({ camera: { bounds, maxZoom, seq: (get().camera?.seq ?? 0) + 1 } }),
    openChooser: (chooser) => set({ chooser }),
    // The same notice twice says nothing new.
    notify: (notice) => {
      const same = JSON.stringify(notice);
      if (get().notices.some((n) => JSON.stringify(n) === same)) return;
      set({ notices: [...get().notices, notice] });
    },
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  };
};
