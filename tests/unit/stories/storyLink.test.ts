import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/model/languages';
import type { Story } from '../../../src/model/story';
import { decodeStoryFromLink, encodeStoryForLink, MAX_STORY_LINK_CHARS } from '../../../src/state/storyLink';
import { storyLinkOf } from '../../../src/state/storyShare';
import { parseUrl } from '../../../src/state/urlState';
import { twoSteps } from './storyFixtures';

describe('a story carried in a link', () => {
  it('round-trips, link-safe, in the fragment', () => {
    const text = encodeStoryForLink(twoSteps);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeStoryFromLink(text as string)).toEqual({ story: twoSteps });
    const link = storyLinkOf(twoSteps, 'https://example.org/map/?date=2020-01-01#map=1/2/3', 'tg', '1.1.0');
    expect(link).toMatch(/^https:\/\/example\.org\/map\/\?lang=tg&step=1&v=1\.1\.0#story=[A-Za-z0-9_-]+$/);
    const url = new URL(link as string);
    expect(parseUrl(url.search, url.hash).state).toMatchObject({ sharedStory: { story: twoSteps }, step: 1, lang: 'tg' });
  });

  it('keeps text in every script', () => {
    const story: Story = {
      ...twoSteps,
      title: { en: 'Vorukh', ru: 'Ворух', tg: 'Ворух — Ботканд', ky: 'Ходжент', uz: 'Xoʻjand' },
    };
    expect(decodeStoryFromLink(encodeStoryForLink(story) as string)).toEqual({ story });
  });

  it.each([
    ['letters outside base64url', 'abc+/=='],
    ['not deflate data', 'AAAAAAAAAAAAAAAA'],
    ['an empty text', ''],
  ])('reports a damaged link (%s) without throwing', (_, text) => {
    expect(decodeStoryFromLink(text)).toEqual({ error: 'damaged' });
  });

  it('reports a link cut short', () => {
    const text = encodeStoryForLink(twoSteps) as string;
    for (const cut of [1, 5, Math.floor(text.length / 2)]) {
      const result = decodeStoryFromLink(text.slice(0, text.length - cut));
      expect('error' in result).toBe(true);
    }
  });

  it('refuses a text longer than a link may carry, before decompressing it', () => {
    expect(decodeStoryFromLink('A'.repeat(MAX_STORY_LINK_CHARS + 1))).toEqual({ error: 'tooLong' });
  });

  it('says a story too long for a link is too long (it travels as a file)', () => {
    // Random words do not compress: forty long steps of them overflow any link.
    const words = fc.sample(fc.string({ minLength: 3900, maxLength: 3990, unit: 'grapheme-ascii' }), { numRuns: 40, seed: 7 });
    const long: Story = {
      ...twoSteps,
      steps: words.map((w) => ({ ...(twoSteps.steps[1] as Story['steps'][number]), text: { en: w } })),
    };
    expect(encodeStoryForLink(long)).toBeNull();
    expect(storyLinkOf(long, 'https://example.org/', null, null)).toBeNull();
  });

  it('reports valid deflate of something that is not a story as invalid', async () => {
    const { deflateSync, strToU8 } = await import('fflate');
    const bytes = deflateSync(strToU8(JSON.stringify({ format: 1, stories: [{ id: 'x' }] })));
    const text = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodeStoryFromLink(text)).toMatchObject({ error: 'invalid' });
  });

  it('never throws on any text, and any text it accepts is a valid story', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = decodeStoryFromLink(text);
        expect('story' in result || 'error' in result).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any story it can encode (fast-check)', () => {
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '' && !/(?![\n\r\t])\p{Cc}/u.test(s));
    const localized = fc.record(Object.fromEntries(LANGS.map((l) => [l, text])), { requiredKeys: ['en'] });
    const step = fc.record(
      {
        title: localized,
        text: localized,
        date: fc
          .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        mode: fc.constantFrom('cumulative' as const, 'instant' as const),
      },
      { requiredKeys: ['title', 'text', 'date'] },
    );
    const story = fc.record({
      id: fc.constantFrom('my-story', 'a-b-1'),
      title: localized,
      steps: fc.array(step, { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(story, (s) => {
        const encoded = encodeStoryForLink(s as Story);
        if (encoded !== null) expect(decodeStoryFromLink(encoded)).toEqual({ story: s });
      }),
      { numRuns: 200 },
    );
  });
});
