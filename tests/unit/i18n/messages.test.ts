import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../src/i18n/messages.en';
import { LANGS } from '../../../src/model/languages';
import { MESSAGES } from '../../allMessages';

const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Messages that are the same in every language by nature (a bare number, a language code). */
const SAME_EVERYWHERE = new Set<MessageKey>(['qualifier.exact', 'i18n.fallbackMark', 'filters.count']);

describe.each(LANGS)('interface text in %s', (lang) => {
  const messages = MESSAGES[lang];

  it('has every key, none empty, and no key English lacks', () => {
    const missing = KEYS.filter((k) => typeof messages[k] !== 'string' || messages[k].trim() === '');
    expect(missing).toEqual([]);
    expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps every placeholder of the English text, and adds none', () => {
    const wrong = KEYS.filter((k) => placeholders(messages[k]).join() !== placeholders(en[k]).join());
    expect(wrong).toEqual([]);
  });

  it('is written in the right script', () => {
    const text = KEYS.map((k) => messages[k].replace(/\{\w+\}/g, '')).join(' ');
    const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    if (lang === 'en' || lang === 'uz') expect(cyrillic).toBe(0);
    else expect(cyrillic).toBeGreaterThan(latin * 3);
  });
});

describe.each(LANGS.filter((l) => l !== 'en'))('translation of %s', (lang) => {
  it('is actually translated (only a few texts may equal the English)', () => {
    const messages = MESSAGES[lang];
    const same = KEYS.filter((k) => messages[k] === en[k] && !SAME_EVERYWHERE.has(k));
    // Proper names and licence names can legitimately stay; a lazily copied file would fail here.
    expect(same.length).toBeLessThanOrEqual(8);
  });
});

describe('script-specific letters', () => {
  it('Kyrgyz uses ң ө ү, Tajik ғ ҳ ҷ қ ӣ ӯ, Uzbek oʻ/gʻ with the modifier letter, never an ASCII apostrophe in oʻ', () => {
    const all = (lang: keyof typeof MESSAGES) => Object.values(MESSAGES[lang]).join(' ');
    for (const ch of ['ң', 'ө', 'ү']) expect(all('ky')).toContain(ch);
    for (const ch of ['ғ', 'ҳ', 'ҷ', 'қ', 'ӣ', 'ӯ']) expect(all('tg')).toContain(ch);
    expect(all('uz')).toMatch(/[oOgG]\u02BB/);
    expect(all('uz')).not.toMatch(/[oOgG]['‘’`]/);
  });
});
