import type { StateCreator } from 'zustand/vanilla';
import { layersShown } from '../../model/layerGroup';
import type { AppStore, InterfaceSlice } from '../appState';
import { selectFiltered } from '../selectors';

export const createInterfaceSlice: StateCreator<AppStore, [], [], InterfaceSlice> = (set, get) => {
  const passes = (id: string) => get().data === null || selectFiltered(get()).some((e) => e.id === id);
  return {
    selectedId: null,
    layers: layersShown(),
    view: null,
    camera: null,
    chooser: null,
    notices: [],
    aboutOpen: false,
    select: (id) => {
      // Only events the filters let through can be selected: anything else is nowhere on screen.
      if (id !== null && !passes(id)) return;
      set({ selectedId: id, chooser: null });
    },
    dropHiddenSelection: () => {
      const { selectedId } = get();
      if (selectedId !== null && !passes(selectedId)) set({ selectedId: null });
    },
    setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
    setLayers: (visible) => set({ layers: layersShown(visible) }),
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
    setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  };
};
