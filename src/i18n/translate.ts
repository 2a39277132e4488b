import type { Lang } from '../model/languages';
import { formatNumber } from './formatNumber';
import { messagesFor } from './messages';
import { en, type MessageKey, type Messages } from './messages.en';

export type Params = Record<string, string | number>;

/** A message in a language fixed by whoever made it (useT: the interface language). */
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Fills `{name}` placeholders; unknown placeholders are left visible rather than dropped. Numbers
 * are written the language's way ("130 000" in Russian); pass years and ids as strings.
 */
export function interpolate(template: string, params?: Params, lang: Lang = 'en'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, lang) : String(value);
  });
}

/**
 * The message in `messages` (by default the language's loaded dictionary: English until it has
 * loaded), or the English one if that language lacks it (never a blank). With
 * `count: 1` a `<key>.one` variant is used where one exists ("1 event", not "1 events"); the other
 * languages word their counted messages so that one form reads right for any number.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params, messages: Messages = messagesFor(lang)): string {
  const singular = params?.count === 1 ? (`${key}.one` as MessageKey) : null;
  const chosen = singular && singular in en ? singular : key;
  return interpolate(messages[chosen] || en[chosen], params, lang);
}
