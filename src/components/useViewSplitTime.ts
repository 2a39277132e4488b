import { useDeferredValue, useEffect, useState } from 'react';
import type { TimeView } from '../model/timeMode';
import { selectIsDense, selectTimeView } from '../state/selectors';
import { useApp } from '../state/store';

/** How long the slider rests before a large record's in-view count and edge pointers follow it. */
export const VIEW_SPLIT_SETTLE_MS = 250;

/**
 * The date at which to split the shown events by the map's view (the "in the map's view" count,
 * the edge pointers). The split walks every shown event. For most records a deferred date is
 * enough: it follows the slider a frame late. For a large record (selectIsDense) it follows once the
 * slider rests, like the map's count labels: at 100,000 events the walk was ~15–20 ms of every
 * slider step (bench), and it still ran once per step even when deferred.
 */
export function useViewSplitTime(): TimeView {
  const time = useApp(selectTimeView);
  const dense = useApp(selectIsDense);
  const deferred = useDeferredValue(time);
  const [settled, setSettled] = useState(time);
  useEffect(() => {
    if (!dense) return;
    const timer = setTimeout(() => setSettled(time), VIEW_SPLIT_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [dense, time]);
  return dense ? settled : deferred;
}
