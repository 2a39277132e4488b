import type { StateCreator } from 'zustand/vanilla';
import { BASE_LANG } from '../../model/languages';
import type { AppStore, LanguageSlice } from '../appState';

export const createLanguageSlice: StateCreator<AppStore, [], [], LanguageSlice> = (set) => ({
  lang: BASE_LANG,
  setLang: (lang) => set({ lang }),
});
