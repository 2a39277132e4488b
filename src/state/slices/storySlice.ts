import type { StateCreator } from 'zustand/vanilla';
import { LAYER_GROUPS } from '../../model/layerGroup';
import type { AppStore, StorySlice } from '../appState';
import { STEP_FIELDS, stepCamera, stepLinkState } from '../storyView';
import { EMPTY_URL_STATE, parseUrl, serializeUrl } from '../urlState';
import { applyUrl, urlStateOf } from '../urlSync';

export const createStorySlice: StateCreator<AppStore, [], [], StorySlice> = (set, get, store) => {
  /** Sets the step's whole view, as a link would, then its camera; returns the link fields it could not honour. */
  const showStep = (index: number): string[] => {
    const open = get().story;
    const step = open?.story.steps[index];
    if (!open || !step) return [];
    // The step first, so the address bar (which writes only the story and step while one is open)
    // has its new entry before the view changes beneath it.
    set({ story: { ...open, step: index } });
    const problems = applyUrl(store, { state: stepLinkState(step), problems: [] }, STEP_FIELDS);
    const data = get().data;
    const camera = data ? stepCamera(step, data) : null;
    // Straight to the camera request, not through fitTo/zoomTo: those drop a phone's sheet to its
    // peek, and here the sheet holds the step's text, which the reader is about to read.
    if (camera) set({ camera: { ...camera, seq: (get().camera?.seq ?? 0) + 1 } });
    return problems;
  };
  return {
    stories: null,
    storiesProblem: null,
    story: null,
    storyPlaying: false,
    personalStory: null,
    keepStory: false,
    storiesOpen: false,
    freeView: null,
    setStories: (stories, storiesProblem) => set({ stories, storiesProblem }),
    openStory: (origin, story, step = 0) => {
      if (!Number.isInteger(step) || step < 0 || step >= story.steps.length) return false;
      const s = get();
      // The free map is remembered once: moving from one story to another still exits to it.
      const freeView =
        s.freeView ?? (s.story ? null : { search: serializeUrl({ ...urlStateOf(s), view: null }).search, view: s.view });
      // A phone's sheet opens at half height with the story in it (unless something already had it open).
      const sheet = s.story || s.selectedId || s.selectedCheckpoint ? {} : { sheetSize: 'half' as const };
      set({ story: { origin, story, step }, freeView, storiesOpen: false, playing: false, chooser: null, ...sheet });
      showStep(step);
      return true;
    },
    goToStep: (step) => {
      const open = get().story;
      if (!open || !Number.isInteger(step) || step < 0 || step >= open.story.steps.length) return false;
      showStep(step);
      return true;
    },
    exitStory: () => {
      const { freeView, story } = get();
      if (!story) return;
      set({ story: null, storyPlaying: false, freeView: null });
      if (!freeView) return;
      const link = parseUrl(freeView.search, '');
      // Every field a step sets comes back, including those the free map left at their defaults.
      applyUrl(
        store,
        { state: { ...EMPTY_URL_STATE, ...link.state, layers: link.state.layers ?? [...LAYER_GROUPS] }, problems: [] },
        STEP_FIELDS,
      );
      if (freeView.view) get().zoomTo([freeView.view.lon, freeView.view.lat], freeView.view.zoom);
    },
    closeStory: () => set({ story: null, storyPlaying: false, freeView: null }),
    setStoryPlaying: (storyPlaying) => set({ storyPlaying: storyPlaying && get().story !== null }),
    setPersonalStory: (personalStory) => {
      const open = get().story;
      // Walking one's own story while editing it: the walk follows the edit (or ends with the story).
      if (open?.origin === 'personal') {
        if (!personalStory || personalStory.steps.length === 0)
          set({ personalStory, story: null, storyPlaying: false, freeView: null });
        else
          set({
            personalStory,
            story: { ...open, story: personalStory, step: Math.min(open.step, personalStory.steps.length - 1) },
          });
      } else set({ personalStory });
    },
    setKeepStory: (keepStory) => set({ keepStory }),
    setStoriesOpen: (storiesOpen) => set({ storiesOpen }),
  };
};
