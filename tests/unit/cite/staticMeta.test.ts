import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_AUTHOR } from '../../../src/export/citation';

const root = join(__dirname, '../../..');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const record = JSON.parse(readFileSync(join(root, 'public/data/events.json'), 'utf8')) as { released?: string };

function meta(name: string): string | null {
  const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
  return m?.[1] ?? null;
}

describe("index.html's citation tags (read before any script runs)", () => {
  it('give what Google Scholar requires: title, author and publication date', () => {
    expect(meta('citation_title')).toBe('Kyrgyzstan–Tajikistan border map');
    // The same author the citations give, in every language.
    expect(meta('citation_author')).toBe(PROJECT_AUTHOR);
    expect(meta('citation_language')).toBe('en');
  });

  it("date the page by the shipped record's release (update index.html with each release)", () => {
    expect(record.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const slashed = record.released?.replaceAll('-', '/');
    expect(meta('citation_publication_date')).toBe(slashed);
    expect(meta('citation_online_date')).toBe(slashed);
  });
});
