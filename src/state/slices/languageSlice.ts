import type { StateCreator } from 'zustand/vanilla';
import { isLoaded, loadMessages } from '../../i18n/messages';
import { BASE_LANG, LANGUAGE_NAMES, type Lang } from '../../model/languages';
import type { AppStore, LanguageSlice } from '../appState';

export const createLanguageSlice: StateCreator<AppStore, [], [], LanguageSlice> = (set, get) => {
  // The language asked for last while its dictionary loads: a reply for an earlier choice is dropped.
  let wanted: Lang | null = null;
  return {
    lang: BASE_LANG,
    setLang: (lang) => {
      wanted = null;
      set({ lang });
    },
    chooseLang: async (lang) => {
      if (isLoaded(lang)) {
        wanted = null;
        set({ lang });
        return true;
      }
      wanted = lang;
      const result = await loadMessages(lang);
      if (wanted !== lang) return get().lang === lang;
      wanted = null;
      if (!result.ok) {
        get().notify({ key: 'notice.languageLoad', params: { language: LANGUAGE_NAMES[lang] } });
        return false;
      }
      set({ lang });
      return true;
    },
  };
};
