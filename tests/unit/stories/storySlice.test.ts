import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import { selectStoryHighlights, selectStoryMarks } from '../../../src/state/storySelectors';
import { loadedStore, twoSteps } from './storyFixtures';

describe('walking a story in the store', () => {
  it('opening shows the step: date, mode, filters, layers, the open event, the camera and the rings', () => {
    const store = loadedStore();
    expect(store.getState().openStory('builtin', twoSteps, 0)).toBe(true);
    const s = store.getState();
    expect(fromDayNumber(s.day)).toBe('2021-04-30');
    expect([s.mode, s.windowMonths, s.selectedId]).toEqual(['window', 1, 'clash-2021']);
    expect(s.filters.hiddenCategories).not.toContain('clash');
    expect(s.filters.hiddenCategories).toContain('meeting');
    expect(s.layers).toMatchObject({ batken: true, sughd: true, events: true, towns: false, checkpoints: false });
    expect(s.camera).toMatchObject({ maxZoom: 11 });
    expect([...selectStoryHighlights(s)]).toEqual(['clash-2021']);
    expect(selectStoryMarks(s)).toEqual({
      steps: [toDayNumber('2021-04-30'), toDayNumber('2022-09-16')],
      current: 0,
      period: { from: toDayNumber('2021-03-31'), to: toDayNumber('2021-04-30') },
    });
  });

  it('the next step sets the whole view again: what it leaves out goes back to the default', () => {
    const store = loadedStore();
    store.getState().openStory('builtin', twoSteps, 0);
    const seq = store.getState().camera?.seq ?? 0;
    expect(store.getState().goToStep(1)).toBe(true);
    const s = store.getState();
    expect([fromDayNumber(s.day), s.mode, s.selectedId, s.filters.hiddenCategories.length]).toEqual([
      '2022-09-16',
      'cumulative',
      null,
      0,
    ]);
    expect(Object.values(s.layers).every(Boolean)).toBe(true);
    expect(s.camera?.seq).toBe(seq + 1);
    expect([...selectStoryHighlights(s)]).toEqual(['war-2022']);
    expect(selectStoryMarks(s)?.period).toBeNull();
  });

  it('refuses steps that do not exist and leaves the story as it was', () => {
    const store = loadedStore();
    expect(store.getState().openStory('builtin', twoSteps, 5)).toBe(false);
    expect(store.getState().story).toBeNull();
    store.getState().openStory('builtin', twoSteps, 1);
    for (const bad of [-1, 2, 0.5, Number.NaN]) expect(store.getState().goToStep(bad)).toBe(false);
    expect(store.getState().story?.step).toBe(1);
  });

  it('Exit puts back the free map the reader had before the story, even after two stories', () => {
    const store = loadedStore();
    const s = store.getState();
    s.setDay(toDayNumber('2021-02-01'));
    s.setMode('instant');
    s.setSearch('road');
    s.setLayers(['towns', 'events']);
    s.setView({ zoom: 8, lat: 40.1, lon: 70.7 });
    store.getState().openStory('builtin', twoSteps, 0);
    store.getState().goToStep(1);
    store.getState().openStory('shared', { ...twoSteps, id: 'another' }, 0);
    store.getState().exitStory();
    const after = store.getState();
    expect(after.story).toBeNull();
    expect([fromDayNumber(after.day), after.mode, after.filters.search, after.selectedId]).toEqual([
      '2021-02-01',
      'instant',
      'road',
      null,
    ]);
    expect(after.filters.hiddenCategories).toEqual([]);
    expect(after.layers).toMatchObject({ towns: true, events: true, batken: false });
    expect(after.camera).toMatchObject({ center: [70.7, 40.1], zoom: 8 });
    expect(selectStoryHighlights(after).size).toBe(0);
    expect(selectStoryMarks(after)).toBeNull();
  });

  it('Exit after a free map with every layer brings every layer back', () => {
    const store = loadedStore();
    store.getState().openStory('builtin', twoSteps, 0);
    store.getState().exitStory();
    expect(Object.values(store.getState().layers).every(Boolean)).toBe(true);
  });

  it('opening a story stops the timeline’s playback; Play belongs to the story alone', () => {
    const store = loadedStore();
    store.getState().setPlaying(true);
    store.getState().setStoryPlaying(true);
    expect(store.getState().storyPlaying).toBe(false);
    store.getState().openStory('builtin', twoSteps, 0);
    expect(store.getState().playing).toBe(false);
    store.getState().setStoryPlaying(true);
    expect(store.getState().storyPlaying).toBe(true);
    store.getState().exitStory();
    expect(store.getState().storyPlaying).toBe(false);
  });

  it('editing one’s own story while walking it: the walk follows, and ends with the story', () => {
    const store = loadedStore();
    store.getState().setPersonalStory(twoSteps);
    store.getState().openStory('personal', twoSteps, 1);
    const shorter = { ...twoSteps, steps: [twoSteps.steps[0] as (typeof twoSteps.steps)[number]] };
    store.getState().setPersonalStory(shorter);
    expect(store.getState().story).toMatchObject({ origin: 'personal', step: 0, story: shorter });
    store.getState().setPersonalStory(null);
    expect(store.getState().story).toBeNull();
  });
});
