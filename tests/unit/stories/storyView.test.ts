import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/model/category';
import { fromDayNumber, toDayNumber } from '../../../src/model/days';
import { LAYER_GROUPS } from '../../../src/model/layerGroup';
import type { StoryStep } from '../../../src/model/story';
import { STEP_MAX_ZOOM, stepCamera, stepLinkState, viewAsStep } from '../../../src/state/storyView';
import { EMPTY_URL_STATE } from '../../../src/state/urlState';
import { loadedStore, storyData, twoSteps } from './storyFixtures';

const [first, second] = twoSteps.steps as [StoryStep, StoryStep];

describe('a step as a view', () => {
  it('sets every field a step decides, as a link would carry it', () => {
    expect(stepLinkState(first)).toEqual({
      ...EMPTY_URL_STATE,
      date: '2021-04-30',
      event: 'clash-2021',
      checkpoint: null,
      layers: ['batken', 'sughd', 'events'],
      mode: 'window',
      windowMonths: 1,
      categories: ['clash'],
      search: null,
    });
  });

  it('puts the defaults back for what a step leaves out, whatever the reader had', () => {
    expect(stepLinkState(second)).toMatchObject({
      layers: [...LAYER_GROUPS],
      mode: 'cumulative',
      windowMonths: null,
      categories: null,
      event: null,
    });
  });

  it('leaves the language, speed and version to the reader', () => {
    const link = stepLinkState(first);
    expect([link.lang, link.speed, link.loop, link.recordVersion, link.story, link.step]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('where the camera goes', () => {
  it('fits named places, no closer than a village view', () => {
    const camera = stepCamera(first, storyData);
    expect(camera).toMatchObject({ maxZoom: STEP_MAX_ZOOM });
    if (!camera || !('bounds' in camera)) throw new Error('expected bounds');
    const [w, s, e, n] = camera.bounds;
    for (const [lon, lat] of [storyData.places.vorukh?.location, storyData.places.batken?.location] as [number, number][]) {
      expect(lon).toBeGreaterThan(w);
      expect(lon).toBeLessThan(e);
      expect(lat).toBeGreaterThan(s);
      expect(lat).toBeLessThan(n);
    }
  });

  it('fits the step’s events when it names no camera', () => {
    const camera = stepCamera(second, storyData);
    if (!camera || !('bounds' in camera)) throw new Error('expected bounds');
    expect(camera.bounds[0]).toBeLessThan(70.9);
    expect(camera.bounds[2]).toBeGreaterThan(70.9);
  });

  it('takes a box or a centre as given', () => {
    expect(stepCamera({ ...second, camera: { bounds: [69, 39, 72, 41] } }, storyData)).toEqual({
      bounds: [69, 39, 72, 41],
      maxZoom: 22,
    });
    expect(stepCamera({ ...second, camera: { center: [70.5, 40], zoom: 9 } }, storyData)).toEqual({
      center: [70.5, 40],
      zoom: 9,
    });
  });

  it('stays where it is when nothing it names has a position', () => {
    expect(stepCamera({ ...second, camera: { places: ['nowhere'] } }, storyData)).toBeNull();
    expect(stepCamera({ ...second, events: [] }, storyData)).toBeNull();
  });
});

describe('the view as a step (a reader’s own story)', () => {
  it('takes the date, mode, filters, layers, camera and open event, and opens back to the same view', () => {
    const store = loadedStore();
    const s = store.getState();
    s.setDay(toDayNumber('2021-05-10'));
    s.setMode('window');
    s.setWindowMonths(3);
    s.setFilters({ ...s.filters, hiddenCategories: CATEGORIES.filter((c) => c !== 'clash' && c !== 'meeting') });
    s.setSearch('clash');
    s.setLayers(['batken', 'events']);
    s.select('clash-2021');
    s.setView({ zoom: 9.3, lat: 40, lon: 70.6, bounds: [70.1, 39.7, 71.1, 40.3] });
    const step = viewAsStep(store.getState(), { title: 'Mine', text: 'My words' }, 'ru');
    expect(step).toEqual({
      title: { ru: 'Mine' },
      text: { ru: 'My words' },
      date: '2021-05-10',
      mode: 'window',
      window: 3,
      categories: ['clash', 'meeting'],
      search: 'clash',
      layers: ['batken', 'events'],
      camera: { center: [70.6, 40], zoom: 9.3 },
      events: ['clash-2021'],
      open: 'clash-2021',
    });
    // Walked as a story elsewhere, the step opens the same view.
    const other = loadedStore();
    other.getState().openStory('personal', { id: 'my-story', title: { ru: 'Моя' }, steps: [step] });
    const o = other.getState();
    expect([fromDayNumber(o.day), o.mode, o.windowMonths, o.filters.search, o.selectedId]).toEqual([
      '2021-05-10',
      'window',
      3,
      'clash',
      'clash-2021',
    ]);
    expect(o.filters.hiddenCategories).toEqual(store.getState().filters.hiddenCategories);
    expect(o.layers).toEqual(store.getState().layers);
    expect(o.camera).toMatchObject({ center: [70.6, 40], zoom: 9.3 });
  });

  it('leaves out what is at its default', () => {
    const store = loadedStore();
    const step = viewAsStep(store.getState(), { title: 'T', text: 'X' }, 'en');
    expect(Object.keys(step).sort()).toEqual(['date', 'text', 'title']);
  });
});
