import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate';
import { MESSAGES } from '../../allMessages';

describe('translate', () => {
  it('uses the singular variant for one, the general text otherwise', () => {
    expect(translate('en', 'import.done', { count: 1, file: 'a.csv' })).toBe('1 event imported from a.csv.');
    expect(translate('en', 'import.done', { count: 2, file: 'a.csv' })).toBe('2 events imported from a.csv.');
    expect(translate('en', 'density.bar', { count: 1, month: 'May 2024' })).toBe('May 2024: 1 event');
  });

  it('writes numbers in the language’s form, but leaves text values alone', () => {
    expect(translate('ru', 'import.done', { count: 130_000, file: '2024.csv' })).toBe(
      'Импортировано событий из 2024.csv: 130\u00a0000.',
    );
    expect(translate('en', 'timeline.shown', { count: 130_000, total: 200_000 })).toBe('130,000 of 200,000 events shown');
  });

  it('falls back to English for an empty message and keeps unknown placeholders visible', () => {
    const broken = { ...MESSAGES.tg, 'playback.loop': '' };
    expect(translate('tg', 'playback.loop', undefined, broken)).toBe('Loop');
    expect(translate('en', 'import.done', { file: 'a.csv' })).toBe('{count} events imported from a.csv.');
  });
});
