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
      // The record's texts in this language, when the record in hand is a cut to another one.
      const cut = get().builtIn?.languages;
      const needsTexts = cut !== undefined && !cut.includes(lang);
      if (isLoaded(lang) && !needsTexts) {
        wanted = null;
        set({ lang });
        return true;
      }
      wanted = lang;
      const [result, texts] = await Promise.all([loadMessages(lang), needsTexts ? get().completeRecord() : true]);
      if (wanted !== lang) return get().lang === lang;
      wanted = null;
      if (!result.ok || !texts) {
        get().notify({ key: 'notice.languageLoad', params: { language: LANGUAGE_NAMES[lang] } });
        return false;
      }
      set({ lang });
      return true;
    },
  };
};
