import { formatNumber } from './formatNumber';
import type { Lang } from './languages';
import { en, type MessageKey, type Messages } from './messages.en';

export type Params = Record<string, string | number>;

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

/** The message in `messages`, or the English one if that language lacks it (never a blank). */
export function translate(messages: Messages, key: MessageKey, params?: Params, lang: Lang = 'en'): string {
  return interpolate(messages[key] || en[key], params, lang);
}
