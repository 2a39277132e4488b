/**
 * The built-in stories (public/data/stories.json) hold to what the issue and docs/STORIES.md ask:
 * every id they name is in the record or on the map, each story has 5–12 steps in all five
 * languages, and every event a step highlights is on the map at that step's view, as the app
 * computes it (the store walks the story). A draft stories file can be checked with
 * STORIES_FILE=path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoryErrors, parseStoryFile } from '../../../src/data/storySchema';
import { statusLanes } from '../../../src/model/crossingStatus';
import { LANGS } from '../../../src/model/languages';
import type { LoadedData } from '../../../src/model/loadedData';
import type { StoryText } from '../../../src/model/story';
import { timeExtent } from '../../../src/model/timedEvent';
import { selectShownEvents } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { realEvents, realPlaces } from '../state/realRecord';
import { eventFile, ROOT } from './realData';

const STORIES_PATH = process.env.STORIES_FILE
  ? path.resolve(process.env.STORIES_FILE)
  : path.join(ROOT, 'public/data/stories.json');
const raw: unknown = JSON.parse(readFileSync(STORIES_PATH, 'utf8'));
const data: LoadedData = {
  events: realEvents,
  sources: eventFile.sources,
  places: realPlaces,
  statusLanes: statusLanes([], {}),
  extent: timeExtent(realEvents),
};
const { stories, errors } = parseStoryFile(raw, {
  eventIds: new Set(realEvents.map((e) => e.id)),
  placeIds: new Set(Object.keys(realPlaces)),
});

function missingLanguages(text: StoryText | undefined): string[] {
  return LANGS.filter((l) => !text?.[l]?.trim());
}

describe('the built-in stories', () => {
  it('are all valid against the record and the map', () => {
    expect(describeStoryErrors(errors)).toBe('');
  });

  it('are at least five', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(stories.map((s) => [s.id, s] as const))('%s', (_, story) => {
    it('has 5–12 steps', () => {
      expect(story.steps.length).toBeGreaterThanOrEqual(5);
      expect(story.steps.length).toBeLessThanOrEqual(12);
    });

    it('is written in all five languages', () => {
      const gaps = [
        ['title', story.title],
        ['summary', story.summary],
        ...story.steps.flatMap((s, i) => [
          [`steps[${i}].title`, s.title],
          [`steps[${i}].text`, s.text],
        ]),
      ].flatMap(([where, text]) => missingLanguages(text as StoryText).map((l) => `${where}.${l}`));
      expect(gaps).toEqual([]);
    });

    it('rests every step on events of the record, each on the map at that step', () => {
      const store = createAppStore();
      store.getState().setData(data, 0);
      const hidden: string[] = [];
      story.steps.forEach((step, i) => {
        expect(step.events?.length ?? 0, `step ${i + 1} names the events its text rests on`).toBeGreaterThan(0);
        expect(store.getState().openStory('builtin', story, i)).toBe(true);
        const shown = new Set(selectShownEvents(store.getState()).map((e) => e.id));
        for (const id of step.events ?? []) if (!shown.has(id)) hidden.push(`step ${i + 1}: ${id}`);
        if (step.open) expect(store.getState().selectedId).toBe(step.open);
      });
      expect(hidden).toEqual([]);
    });

    it('keeps the letters of each language (no Kyrgyz letters in Tajik, no ASCII apostrophe for ʻ in Uzbek)', () => {
      const texts = [story.title, story.summary, ...story.steps.flatMap((s) => [s.title, s.text])];
      const tg = texts.map((t) => t?.tg ?? '').join(' ');
      const uz = texts.map((t) => t?.uz ?? '').join(' ');
      expect(tg.match(/[үөңҮӨҢ]/g) ?? []).toEqual([]);
      expect(uz.match(/[oOgG]['‘’`]/g) ?? []).toEqual([]);
    });
  });
});
