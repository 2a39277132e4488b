import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStoryFile, storyContextOf } from '../../../src/data/storySchema';
import { MAX_STORY_TEXT } from '../../../src/model/story';
import { storyData, twoSteps } from './storyFixtures';

const context = storyContextOf(storyData);
const file = (...stories: unknown[]) => ({ format: 1, stories });
const withStep = (step: Record<string, unknown>) => ({ ...twoSteps, steps: [{ ...twoSteps.steps[0], ...step }] });

describe('the story file schema', () => {
  it('reads a good file whole', () => {
    const { stories, errors } = parseStoryFile(file(twoSteps), context);
    expect(errors).toEqual([]);
    expect(stories).toEqual([twoSteps]);
  });

  it.each([
    ['not an object', null],
    ['an array', [twoSteps]],
    ['a string', 'story'],
    ['another format', { format: 2, stories: [twoSteps] }],
    ['no stories', { format: 1 }],
    ['an unknown top-level field', { format: 1, stories: [], extra: true }],
  ])('refuses a file that is %s, with one error and no throw', (_, json) => {
    const { stories, errors } = parseStoryFile(json, context);
    expect(stories).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.story).toBe('file');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a date that is no day', { date: '2021-02-30' }, 'steps.0.date'],
    ['a window without the window mode', { mode: 'cumulative', window: 3 }, 'steps.0.window'],
    ['a window of a length the slider has not', { window: 5 }, 'steps.0.window'],
    ['an unknown mode', { mode: 'forever' }, 'steps.0.mode'],
    ['an unknown category', { categories: ['riot'] }, 'steps.0.categories.0'],
    ['an unknown layer', { layers: ['volcanoes'] }, 'steps.0.layers.0'],
    ['bounds the wrong way round', { camera: { bounds: [71, 40, 70, 39] } }, 'steps.0.camera'],
    ['a centre without a zoom', { camera: { center: [70, 40] } }, 'steps.0.camera'],
    ['an open event not among its events', { open: 'war-2022' }, 'steps.0.open'],
    ['an empty title', { title: { en: '  ' } }, 'steps.0.title'],
    ['a title in no language', { title: {} }, 'steps.0.title'],
    ['a title in an unknown language', { title: { fr: 'Le conflit' } }, 'steps.0.title'],
    ['an unknown field', { colour: 'red' }, 'steps.0'],
  ])('skips a story with %s, naming the field', (_, step, field) => {
    const { stories, errors } = parseStoryFile(file(withStep(step), { ...twoSteps, id: 'other' }), context);
    expect(stories.map((s) => s.id)).toEqual(['other']);
    expect(errors.some((e) => e.field === field || e.field.startsWith(`${field}.`))).toBe(true);
    expect(errors.every((e) => e.story === 'test-story')).toBe(true);
  });

  it('names events and places the record does not hold', () => {
    const bad = withStep({ events: ['clash-2021', 'no-such-event'], camera: { places: ['vorukh', 'atlantis'] } });
    const { stories, errors } = parseStoryFile(file(bad), context);
    expect(stories).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      'no event no-such-event in the record',
      'no place atlantis on the map or in the record',
    ]);
  });

  it('keeps the first of two stories with one id', () => {
    const { stories, errors } = parseStoryFile(file(twoSteps, twoSteps), context);
    expect(stories).toHaveLength(1);
    expect(errors).toEqual([{ story: 'test-story', field: 'id', message: 'another story has this id' }]);
  });

  it('refuses an id that is not kebab-case (it goes into links)', () => {
    const { errors } = parseStoryFile(file({ ...twoSteps, id: '../../etc' }), context);
    expect(errors[0]).toMatchObject({ story: 'stories[0]', field: 'id' });
  });

  describe('hostile text', () => {
    it('keeps markup as plain text (React shows it as text, never as HTML)', () => {
      const title = { en: '<img src=x onerror=alert(1)><script>alert(1)</script>' };
      const { stories } = parseStoryFile(file({ ...twoSteps, title }), context);
      expect(stories[0]?.title).toEqual(title);
    });
    it.each([
      ['a control character', { en: 'Bad\u0007bell' }],
      ['a NUL', { en: 'A\u0000B' }],
      ['an escape sequence', { en: '\u001b[31mred' }],
      ['a text longer than the limit', { en: 'x'.repeat(MAX_STORY_TEXT + 1) }],
    ])('refuses %s', (_, text) => {
      const { stories, errors } = parseStoryFile(file(withStep({ text })), context);
      expect(stories).toEqual([]);
      expect(errors[0]?.field).toMatch(/^steps\.0\.text/);
    });
    it('accepts line breaks and tabs in a text', () => {
      const { errors } = parseStoryFile(file(withStep({ text: { en: 'One.\n\nTwo.\tThree.' } })), context);
      expect(errors).toEqual([]);
    });
    it('refuses a prototype-polluting key instead of merging it', () => {
      const json = JSON.parse('{"format":1,"stories":[{"id":"x","title":{"en":"t"},"steps":[],"__proto__":{"polluted":true}}]}');
      const { errors } = parseStoryFile(json, context);
      expect(errors.length).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseStoryFile(json, context);
        expect(Array.isArray(result.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
