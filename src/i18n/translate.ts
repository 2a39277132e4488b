import { en, type MessageKey, type Messages } from './messages.en';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(messages: Messages, key: MessageKey, params?: Params): string {
  return interpolate(messages[key] || en[key], params);
}
