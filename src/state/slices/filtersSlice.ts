import type { StateCreator } from 'zustand/vanilla';
import type { AppStore, FiltersSlice } from '../appState';
import { type EventFilters, MAX_SEARCH_LENGTH } from '../filters';

export const createFiltersSlice: StateCreator<AppStore, [], [], FiltersSlice> = (set, get) => {
  const refilter = (filters: EventFilters) => {
    // A search reads every language's titles and summaries: a cut record is completed, and the
    // results widen when the other translations are in.
    if (filters.search.trim() !== '') void get().completeRecord();
    set({ filters: { ...filters, search: filters.search.slice(0, MAX_SEARCH_LENGTH) } });
    get().dropHiddenSelection();
  };
  return {
    filters: { hiddenCategories: [], search: '' },
    setCategoryShown: (category, shown) => {
      const hidden = get().filters.hiddenCategories.filter((c) => c !== category);
      refilter({ ...get().filters, hiddenCategories: shown ? hidden : [...hidden, category] });
    },
    setFilters: refilter,
    setSearch: (search) => refilter({ ...get().filters, search }),
    clearFilters: () => refilter({ hiddenCategories: [], search: '' }),
  };
};
