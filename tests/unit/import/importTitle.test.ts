import { describe, expect, it, vi } from 'vitest';
import { importedTitle } from '../../../src/import/importTitle';
import type { Lang } from '../../../src/model/languages';

// As in a worker whose Uzbek chunk could not be fetched: English, Russian and Tajik are loaded.
const loaded = new Set<Lang>(['en', 'ru', 'tg']);
vi.mock('../../../src/i18n/messages', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/i18n/messages')>();
  return { ...real, isLoaded: (lang: Lang) => loaded.has(lang) };
});

const parts = { title: '', type: 'Clash', place: 'Vorukh', date: '2021-04-29', fallback: 'a.csv #2' };

describe('an imported row’s made-up title', () => {
  it('is written in each language whose texts are loaded, and left to English in the others', () => {
    const title = importedTitle(parts, (t) => t);
    expect(Object.keys(title).sort()).toEqual(['en', 'ru', 'tg']);
    expect(title.en).toBe('Clash near Vorukh');
    expect(title.ru).toMatch(/Vorukh/);
    expect(title.ru).not.toBe(title.en);
  });

  it('keeps the file’s own title as it is, in no language but the base one', () => {
    expect(importedTitle({ ...parts, title: 'Shooting at the canal' }, (t) => t)).toEqual({ en: 'Shooting at the canal' });
  });
});
