// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedCode, escapeAttribute } from '../../../src/export/embedCode';
import { HEIGHT_MESSAGE_TYPE, heightMessage, isHeightMessage, MAX_EMBED_HEIGHT } from '../../../src/model/embed';
import { embedLink, embedModeOf, fullMapLink } from '../../../src/state/embedLink';
import { createAppStore } from '../../../src/state/store';
import { parseUrl } from '../../../src/state/urlState';
import { linkTo } from '../../../src/state/urlSync';

const BASE = 'https://maps.example.org/kg-tj/?old=1';

/** The attributes of the one iframe in a piece of embed code, as a browser's parser reads them. */
function iframeOf(code: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const frames = doc.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  return frames[0] as HTMLIFrameElement;
}

describe('the embed code', () => {
  const src = 'https://maps.example.org/kg-tj/?date=2022-09-20&event=a-b&q=%22x%22&embed=1';

  it('is an iframe loading exactly the embed link, with the chosen size and a title', () => {
    const frame = iframeOf(embedCode({ src, title: 'Border map', width: 640, height: 600, autoHeight: false }));
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('Border map');
    expect(frame.getAttribute('width')).toBe('640');
    expect(frame.getAttribute('height')).toBe('600');
    expect(frame.getAttribute('style')).toContain('max-width:640px');
    expect(frame.hasAttribute('data-kg-tj-border-map')).toBe(true);
  });

  it('fills the article when no width is chosen', () => {
    const frame = iframeOf(embedCode({ src, title: 'x', width: null, height: 480, autoHeight: false }));
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('style')).toContain('height:480px');
  });

  it('keeps a hostile title inside its attribute, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const code = embedCode({ src, title, width: 800, height: 600, autoHeight: false });
        const frame = iframeOf(code);
        // The parser reads back the very title (HTML normalises only CR and NUL, which a title never needs).
        expect(frame.getAttribute('title')).toBe(title.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
        expect(frame.getAttribute('src')).toBe(src);
      }),
    );
    const hostile = '"><script>alert(1)</script><iframe title="';
    const doc = new DOMParser().parseFromString(
      embedCode({ src, title: hostile, width: 800, height: 600, autoHeight: true }),
      'text/html',
    );
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe(hostile);
  });

  it('keeps Tajik, Kyrgyz and Uzbek titles as they are', () => {
    const title = 'Сарҳади Қирғизистон ва Тоҷикистон · Кыргызстан–Тажикстан чек арасы · Oʻzbekiston';
    expect(iframeOf(embedCode({ src, title, width: null, height: 600, autoHeight: false })).getAttribute('title')).toBe(title);
  });

  it('adds the resize lines only when asked, listening only to the map’s origin and the frame that sent it', () => {
    expect(embedCode({ src, title: 'x', width: null, height: 600, autoHeight: false })).not.toContain('<script');
    const code = embedCode({ src, title: 'x', width: null, height: 600, autoHeight: true });
    const script = new DOMParser().parseFromString(code, 'text/html').querySelector('script')?.textContent ?? '';
    expect(script).toContain('e.origin !== "https://maps.example.org"');
    expect(script).toContain(JSON.stringify(HEIGHT_MESSAGE_TYPE));
    expect(script).toContain('contentWindow === e.source');
  });

  it('the resize lines, run, set the height of the frame that sent the message and of no other', () => {
    const code = embedCode({ src, title: 'x', width: null, height: 600, autoHeight: true });
    document.body.innerHTML = code.replace(/<script>[\s\S]*<\/script>/, '');
    const other = document.createElement('iframe');
    other.setAttribute('data-kg-tj-border-map', '');
    document.body.append(other);
    const script = new DOMParser().parseFromString(code, 'text/html').querySelector('script')?.textContent ?? '';
    const listeners: Array<(e: MessageEvent) => void> = [];
    const fakeWindow = { addEventListener: (_: string, f: (e: MessageEvent) => void) => listeners.push(f) };
    new Function('window', 'document', script)(fakeWindow, document);
    const [frame] = [...document.querySelectorAll('iframe')] as HTMLIFrameElement[];
    const send = (origin: string, data: unknown, source: unknown) => {
      for (const f of listeners) f({ origin, data, source } as unknown as MessageEvent);
    };
    send('https://maps.example.org', { type: HEIGHT_MESSAGE_TYPE, height: 812.2 }, frame?.contentWindow);
    expect(frame?.style.height).toBe('813px');
    expect(other.style.height).toBe('');
    // Another origin, or another message, changes nothing.
    send('https://evil.example', { type: HEIGHT_MESSAGE_TYPE, height: 10 }, frame?.contentWindow);
    send('https://maps.example.org', { type: 'something-else', height: 10 }, frame?.contentWindow);
    expect(frame?.style.height).toBe('813px');
    document.body.innerHTML = '';
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => embedCode({ src: 'javascript:alert(1)', title: 'x', width: null, height: 600, autoHeight: false })).toThrow(
      /http/,
    );
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).toBe("a&amp;b&quot;c&lt;d&gt;e'f");
  });
});

describe('the height message', () => {
  it('is the content height, rounded up, under its type', () => {
    expect(heightMessage(640.2)).toEqual({ type: HEIGHT_MESSAGE_TYPE, height: 641 });
    expect(isHeightMessage(heightMessage(640.2))).toBe(true);
  });

  it('is never sent for a height that means nothing, and never asks for a runaway frame', () => {
    expect(heightMessage(0)).toBeNull();
    expect(heightMessage(-5)).toBeNull();
    expect(heightMessage(Number.NaN)).toBeNull();
    expect(heightMessage(Number.POSITIVE_INFINITY)).toBeNull();
    expect(heightMessage(1e9)?.height).toBe(MAX_EMBED_HEIGHT);
  });

  it('is told apart from other messages a host page receives', () => {
    for (const other of [null, 'x', 42, {}, { type: HEIGHT_MESSAGE_TYPE }, { type: HEIGHT_MESSAGE_TYPE, height: '600' }]) {
      expect(isHeightMessage(other)).toBe(false);
    }
    expect(isHeightMessage({ type: 'other', height: 600 })).toBe(false);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: MAX_EMBED_HEIGHT + 1 })).toBe(false);
  });
});

describe('embed links', () => {
  it('reads the page mode from a link: static wins, a bad value is reported and ignored', () => {
    expect(embedModeOf(parseUrl('', '').state)).toBe('off');
    expect(embedModeOf(parseUrl('?embed=1', '').state)).toBe('interactive');
    expect(embedModeOf(parseUrl('?embed=1&static=1', '').state)).toBe('static');
    expect(embedModeOf(parseUrl('?static=1', '').state)).toBe('static');
    const bad = parseUrl('?embed=yes&static=2', '');
    expect(embedModeOf(bad.state)).toBe('off');
    expect(bad.problems).toEqual(['embed', 'static']);
    expect(parseUrl('?embed=0', '').problems).toEqual([]);
  });

  it('the embed link is the view’s own link plus the mode; the full map’s link drops it again', () => {
    const store = createAppStore({ day: 19_255, selectedId: 'a-b', lang: 'tg' });
    const s = store.getState();
    const plain = linkTo(s, BASE);
    expect(plain).not.toContain('embed');
    const embed = embedLink(s, BASE, 'interactive');
    expect(embed).toContain('embed=1');
    expect(embed).not.toContain('static');
    expect(embed).toContain('event=a-b');
    expect(embed).toContain('lang=tg');
    expect(embed).not.toContain('old=1');
    expect(embedLink(s, BASE, 'static')).toContain('static=1');
    // Inside the embed, the way out is the same view without the mode.
    store.getState().setEmbed('static');
    expect(linkTo(store.getState(), BASE)).toContain('static=1');
    expect(fullMapLink(store.getState(), BASE)).toBe(plain);
  });
});
