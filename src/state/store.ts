import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppActions, AppState, AppStore } from './appState';
import { createFiltersSlice } from './slices/filtersSlice';
import { createInterfaceSlice } from './slices/interfaceSlice';
import { createLanguageSlice } from './slices/languageSlice';
import { createRecordSlice } from './slices/recordSlice';
import { createStorySlice } from './slices/storySlice';
import { createTimeSlice } from './slices/timeSlice';

/**
 * One store, in slices: the record, time, filters, the interface and the language (appState.ts).
 * It holds only what cannot be computed; everything derived (the events that pass the filters,
 * counts, the selected event, checkpoint statuses) is a memoised selector in selectors.ts.
 */
export function createAppStore(initial: Partial<AppState> = {}): StoreApi<AppStore> {
  return createStore<AppStore>()((...a) => ({
    ...createRecordSlice(...a),
    ...createTimeSlice(...a),
    ...createFiltersSlice(...a),
    ...createInterfaceSlice(...a),
    ...createLanguageSlice(...a),
    ...createStorySlice(...a),
    ...initial,
  }));
}

/** The app's one store. Component tests provide their own through `StoreContext`. */
export const appStore = createAppStore();
export const StoreContext = createContext<StoreApi<AppStore>>(appStore);

/** A slice of state (or a selector's result) that re-renders the component when it changes. */
export function useApp<T>(selector: (state: AppStore) => T): T {
  return useStore(useContext(StoreContext), selector);
}

export function useAppStore(): StoreApi<AppStore> {
  return useContext(StoreContext);
}

/** The store's actions; they never change, so reading them never re-renders. */
export function useActions(): AppActions {
  return useContext(StoreContext).getState();
}
