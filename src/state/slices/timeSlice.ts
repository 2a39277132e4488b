import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_SPEED } from '../../model/speed';
import { DEFAULT_WINDOW_MONTHS } from '../../model/timeMode';
import type { AppStore, TimeSlice } from '../appState';

export const createTimeSlice: StateCreator<AppStore, [], [], TimeSlice> = (set, get) => ({
  day: 0,
  mode: 'cumulative',
  windowMonths: DEFAULT_WINDOW_MONTHS,
  playing: false,
  speed: DEFAULT_SPEED,
  loop: false,
  setDay: (day) => {
    const extent = get().data?.extent;
    set({ day: extent ? Math.min(extent.max, Math.max(extent.min, Math.round(day))) : day });
  },
  setMode: (mode) => set({ mode }),
  setWindowMonths: (windowMonths) => set({ windowMonths }),
  setPlaying: (playing) => set({ playing: playing && get().data !== null }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
});
