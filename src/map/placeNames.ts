import { BASE_LANG, OTHER_LANGS } from '../model/languages';
import type { LocalizedText } from '../model/record';

/** A name as the flat `name_<lang>` properties the label layers read (see labelText.ts). */
export function nameProperties(name: LocalizedText): Record<`name_${string}`, string> {
  const props: Record<`name_${string}`, string> = { [`name_${BASE_LANG}`]: name.en };
  for (const lang of OTHER_LANGS) {
    const value = name[lang];
    if (value) props[`name_${lang}`] = value;
  }
  return props;
}
