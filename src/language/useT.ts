import { useCallback } from 'react';
import type { MessageKey } from '../i18n/messages.en';
import { type Params, type Translate, translate } from '../i18n/translate';
import type { Lang } from '../model/languages';
import { useApp } from '../state/store';

export function useLang(): Lang {
  return useApp((s) => s.lang);
}

/** The translate function for the current language; English fills any gap. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
