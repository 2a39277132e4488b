/** A small record and a two-story file for the story tests (not a test file itself). */
import { statusLanes } from '../../../src/model/crossingStatus';
import type { LoadedData } from '../../../src/model/loadedData';
import type { Story } from '../../../src/model/story';
import { timeExtent } from '../../../src/model/timedEvent';
import { createAppStore } from '../../../src/state/store';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', end: '2021-05-01', category: 'clash', location: [70.55, 39.95] }),
  makeEvent({ id: 'talks-2021', date: '2021-05-07', category: 'meeting', location: [70.6, 40.0] }),
  makeEvent({ id: 'war-2022', date: '2022-09-14', end: '2022-09-17', category: 'clash', location: [70.9, 39.9] }),
  makeEvent({ id: 'treaty-2025', date: '2025-03-13', category: 'treaty', location: [74.6, 42.87] }),
);

export const storyData: LoadedData = {
  events,
  sources: {},
  places: {
    vorukh: { id: 'vorukh', name: { en: 'Vorukh' }, kind: 'town', location: [70.58, 39.85] },
    batken: { id: 'batken', name: { en: 'Batken' }, kind: 'town', location: [70.82, 40.06] },
    nowhere: { id: 'nowhere', name: { en: 'Unlocated' }, kind: 'place' },
  },
  statusLanes: statusLanes([], {}),
  extent: timeExtent(events),
};

export const twoSteps: Story = {
  id: 'test-story',
  title: { en: 'A test story', ru: 'Тестовая история' },
  summary: { en: 'Two steps.' },
  steps: [
    {
      title: { en: 'The clash' },
      text: { en: 'Fighting at the water intake.' },
      date: '2021-04-30',
      mode: 'window',
      window: 1,
      categories: ['clash'],
      layers: ['batken', 'sughd', 'events'],
      camera: { places: ['vorukh', 'batken'] },
      events: ['clash-2021'],
      open: 'clash-2021',
    },
    {
      title: { en: 'The war' },
      text: { en: 'A year later, worse.' },
      date: '2022-09-16',
      events: ['war-2022'],
    },
  ],
};

export function loadedStore() {
  const store = createAppStore();
  store.getState().setData(storyData, 0);
  store.getState().setDay(storyData.extent.max);
  return store;
}
