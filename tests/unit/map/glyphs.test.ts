import { describe, expect, it, vi } from 'vitest';
import { firstGlyphRanges, fromGlyphScheme, GLYPH_SCHEME, glyphBytes, viaGlyphScheme } from '../../../src/map/glyphs';
import { buildStyle } from '../../../src/map/style/buildStyle';

describe('the label glyphs through the app loader', () => {
  it('names the glyph ranges by a URL of its own scheme, and reads each filled-in range back from it', () => {
    const style = buildStyle({ resolveUrl: (p) => `http://127.0.0.1:4173/sub path/${p}`, glyphUrl: viaGlyphScheme });
    const template = String(style.glyphs);
    expect(template.startsWith(`${GLYPH_SCHEME}://`)).toBe(true);
    // MapLibre fills in the placeholders as it asks for a range.
    const asked = template.replace('{fontstack}', 'Noto Sans Bold').replace('{range}', '1024-1279');
    expect(fromGlyphScheme(asked)).toBe('http://127.0.0.1:4173/sub path/glyphs/Noto Sans Bold/1024-1279.pbf');
    expect(fromGlyphScheme('http://127.0.0.1:4173/glyphs/x/0-255.pbf')).toBeNull();
    expect(fromGlyphScheme(`${GLYPH_SCHEME}://no-slash`)).toBeNull();
    expect(fromGlyphScheme(`${GLYPH_SCHEME}://%E0%A4%A/x/0-255.pbf`)).toBeNull();
  });

  it('preloads the very files MapLibre then asks for, so each is fetched once', () => {
    const resolve = (p: string) => `http://app/${p}`;
    const template = String(buildStyle({ resolveUrl: resolve, glyphUrl: viaGlyphScheme }).glyphs);
    const asked = ['Noto Sans Regular', 'Noto Sans Bold'].map((stack) =>
      fromGlyphScheme(template.replace('{fontstack}', stack).replace('{range}', '0-255')),
    );
    expect(firstGlyphRanges(resolve)).toEqual(asked);
  });

  it('downloads a file once, whoever asks first, and tries again after a failure', async () => {
    const ok = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
    const [a, b] = await Promise.all([glyphBytes('http://app/one.pbf', ok), glyphBytes('http://app/one.pbf', ok)]);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(new Uint8Array(a)).toEqual(new Uint8Array([1, 2, 3]));

    const failing = vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(glyphBytes('http://app/two.pbf', failing)).rejects.toThrow(/404/);
    await expect(glyphBytes('http://app/two.pbf', failing)).rejects.toThrow(/404/);
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
