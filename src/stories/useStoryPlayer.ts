import { useEffect, useState } from 'react';
import { useLang } from '../language/useT';
import { useMapController } from '../map/MapContext';
import { readingTimeMs, storyText } from '../model/story';
import { useActions, useApp } from '../state/store';

/**
 * Play: while it is on, each step waits for the camera to arrive and the map to be drawn, then for
 * a reading time that grows with the step's text, and moves on; it stops after the last step.
 * Stepping by hand while playing restarts the wait on the new step. Returns when (Date.now() time)
 * the next step is due, for the panel's countdown; null while not counting.
 */
export function useStoryPlayer(): number | null {
  const [nextAt, setNextAt] = useState<number | null>(null);
  const playing = useApp((s) => s.storyPlaying);
  const story = useApp((s) => s.story);
  const lang = useLang();
  const controller = useMapController();
  const { goToStep, setStoryPlaying } = useActions();

  useEffect(() => {
    setNextAt(null);
    if (!playing || !story) return;
    const step = story.story.steps[story.step];
    if (!step) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settled = controller ? controller.whenSettled() : Promise.resolve();
    void settled.then(() => {
      if (cancelled) return;
      const words = `${storyText(step.title, lang).text} ${storyText(step.text, lang).text}`;
      const wait = readingTimeMs(words);
      setNextAt(Date.now() + wait);
      timer = setTimeout(() => {
        if (story.step + 1 < story.story.steps.length) goToStep(story.step + 1);
        else setStoryPlaying(false);
      }, wait);
    });
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [playing, story, lang, controller, goToStep, setStoryPlaying]);
  return nextAt;
}
