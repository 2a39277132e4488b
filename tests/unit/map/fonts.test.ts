import { describe, expect, it, vi } from 'vitest';
import { FONT_SCHEME, fontBytes, fromFontScheme, viaFontScheme } from '../../../src/map/fonts';
import { buildStyle } from '../../../src/map/style/buildStyle';

describe('the label fonts through the app loader', () => {
  it('names each font file by a URL of its own scheme, and reads the file back from it', () => {
    const url = 'http://127.0.0.1:4173/sub path/assets/noto-sans-latin-400-normal.woff2?v=1#x';
    const wrapped = viaFontScheme(url);
    expect(wrapped.startsWith(`${FONT_SCHEME}://`)).toBe(true);
    expect(fromFontScheme(wrapped)).toBe(url);
    expect(fromFontScheme(url)).toBeNull();
    expect(fromFontScheme(`${FONT_SCHEME}://%E0%A4%A`)).toBeNull();
  });

  it('puts every font face of the style behind it, and nothing else', () => {
    const style = buildStyle({
      resolveUrl: (p) => `http://app/${p}`,
      fonts: { regular: [{ url: 'r.woff2', range: 'U+0000-00FF' }], bold: [{ url: 'b.woff2', range: 'U+0000-00FF' }] },
      fontUrl: viaFontScheme,
    });
    const faces = Object.values(style['font-faces'] ?? {}).flat() as Array<{ url: string }>;
    expect(faces.map((f) => fromFontScheme(f.url))).toEqual(['http://app/r.woff2', 'http://app/b.woff2']);
    const geo = Object.values(style.sources).filter((s) => s.type === 'geojson' && typeof s.data === 'string');
    expect(geo.length).toBeGreaterThan(0);
    for (const s of geo) expect(String((s as { data: string }).data)).toMatch(/^http:\/\/app\//);
  });

  it('downloads a file once, whoever asks first, and tries again after a failure', async () => {
    const ok = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
    const [a, b] = await Promise.all([fontBytes('http://app/one.woff2', ok), fontBytes('http://app/one.woff2', ok)]);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(new Uint8Array(a)).toEqual(new Uint8Array([1, 2, 3]));

    const failing = vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fontBytes('http://app/two.woff2', failing)).rejects.toThrow(/404/);
    await expect(fontBytes('http://app/two.woff2', failing)).rejects.toThrow(/404/);
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
