import { useCallback } from 'react';
import { useApp } from '../state/store';
import type { Lang } from './languages';
import type { MessageKey } from './messages.en';
import { type Params, translate } from './translate';

export type Translate = (key: MessageKey, params?: Params) => string;

export function useLang(): Lang {
  return useApp((s) => s.lang);
}

/** The translate function for the current language; English fills any gap. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
