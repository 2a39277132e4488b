import { useCallback } from 'react';
import { en, type MessageKey } from './messages.en';
import { type Params, translate } from './translate';

/** The translate function for the current language (English until more languages land). */
export function useT(): (key: MessageKey, params?: Params) => string {
  return useCallback((key: MessageKey, params?: Params) => translate(en, key, params), []);
}
