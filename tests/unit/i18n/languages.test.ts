import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/model/languages';
import { parseUrl, serializeUrl } from '../../../src/state/urlState';

describe('detectLanguage', () => {
  it('takes the first preferred language the map speaks, by its base tag', () => {
    expect(detectLanguage(['tg-TJ', 'ru'])).toBe('tg');
    expect(detectLanguage(['de-DE', 'ru-KG'])).toBe('ru');
    expect(detectLanguage(['uz-Cyrl-UZ'])).toBe('uz');
    expect(detectLanguage(['KY'])).toBe('ky');
    expect(detectLanguage(['fr', 'de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
  });
});

describe('?lang= in links', () => {
  it('reads a known language, reports an unknown one, and round-trips', () => {
    expect(parseUrl('?lang=tg', '').state.lang).toBe('tg');
    expect(parseUrl('?lang=xx', '')).toMatchObject({ state: { lang: null }, problems: ['lang'] });
    const { search } = serializeUrl({ ...parseUrl('', '').state, lang: 'uz' });
    expect(search).toBe('?lang=uz');
  });
});
