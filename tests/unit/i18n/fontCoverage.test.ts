import { describe, expect, it } from 'vitest';
import { NOTO_SANS_FILES } from '../../../src/print/fontFiles';
import { MESSAGES } from '../../allMessages';
import { eventFile } from '../data/realData';
import { geoLabelNames } from '../geo/geoFiles';

function ranges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [a = '0', b] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)];
  });
}

function uncovered(text: string, files: readonly { range: string }[]): string[] {
  const all = files.flatMap((f) => ranges(f.range));
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!all.some(([lo, hi]) => cp >= lo && cp <= hi)) missing.add(`${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...missing];
}

/** Every label the map can draw: all name fields of every geo layer. */
const labelText = (): string => geoLabelNames().join(' ');

describe('the bundled label font covers every letter the map draws', () => {
  const needed = 'ң ө ү ғ ҳ ҷ қ ӣ ӯ Ң Ө Ү Ғ Ҳ Ҷ Қ Ӣ Ӯ oʻ gʻ Oʻ Gʻ';

  it('the letters the issue names, in regular and bold', () => {
    expect(uncovered(needed, NOTO_SANS_FILES.regular)).toEqual([]);
    expect(uncovered(needed, NOTO_SANS_FILES.bold)).toEqual([]);
  });

  it('every name field of every geo layer', () => {
    const text = labelText();
    expect(text).toMatch(/ҷ/);
    expect(uncovered(text, NOTO_SANS_FILES.regular)).toEqual([]);
    expect(uncovered(text, NOTO_SANS_FILES.bold)).toEqual([]);
  });

  it('would notice a letter outside the ranges', () => {
    expect(uncovered('a ب', NOTO_SANS_FILES.regular)).toEqual(['ب U+0628']);
  });

  it('the interface and event titles in every language (page text, also Noto Sans)', () => {
    const text = [
      ...Object.values(MESSAGES).flatMap((m) => Object.values(m)),
      ...eventFile.events.flatMap((e) => Object.values(e.title)),
    ].join(' ');
    expect(uncovered(text, NOTO_SANS_FILES.regular)).toEqual([]);
  });
});
