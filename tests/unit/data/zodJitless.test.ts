import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * src/data/zod.ts turns zod's compiled parsers off: cheaper for a cold load's one pass over the
 * record, and no `new Function` for a strict Content-Security-Policy to refuse.
 */
describe("the app's zod", () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses the whole record without compiling code', async () => {
    const made = vi.spyOn(globalThis, 'Function');
    const { parseEventFile } = await import('../../../src/data/parseEventFile');
    const { parseStoryFile } = await import('../../../src/data/storySchema');
    const record = JSON.parse(readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8'));
    const { data, errors } = parseEventFile(record);
    expect(errors).toEqual([]);
    expect(data.events.length).toBeGreaterThan(100);
    const stories = JSON.parse(readFileSync(new URL('../../../public/data/stories.json', import.meta.url), 'utf8'));
    expect(parseStoryFile(stories, null).stories.length).toBeGreaterThan(0);
    expect(made).not.toHaveBeenCalled();
  });
});
