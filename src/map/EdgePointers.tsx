import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useViewSplitTime } from '../components/useViewSplitTime';
import { useLang, useT } from '../language/useT';
import { localized } from '../model/localized';
import { boundsContain } from '../model/lonLatBounds';
import { selectViewSplit } from '../state/selectors';
import { useActions, useApp } from '../state/store';
import { type EdgePointer, edgePointers, type MapSize, pointerBox } from './edgePointers';
import { BORDER_AREA_BOUNDS as BORDER_AREA } from './initialView';

/** Followed from the border area, a pointer frames its events at a zoom that still shows the country around them. */
const FOLLOW_MAX_ZOOM = 9;

/**
 * Buttons at the map's edge for the shown events outside the view and the border area ("12 in Bishkek →"), so events
 * far from the border area (capitals, summits) are never silently off the map. Following one
 * frames its events.
 */
export function EdgePointers() {
  const t = useT();
  const lang = useLang();
  // A walk over the shown events: it follows the slider a frame late, or once it rests for a large record.
  const time = useViewSplitTime();
  const split = useApp((s) => selectViewSplit(s, time));
  const bounds = useApp((s) => s.view?.bounds);
  const { fitTo } = useActions();
  const nav = useRef<HTMLElement>(null);
  const [size, setSize] = useState<MapSize | null>(null);
  // The pointers are placed in the map's pixels: measured now, and again whenever it is resized.
  useLayoutEffect(() => {
    const element = nav.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Only events beyond the border area: those inside it are a zoom-out away and would crowd the edge.
  const pointers = useMemo(
    () =>
      split && bounds && size
        ? edgePointers(
            bounds,
            size,
            split.offscreen.filter((g) => !boundsContain(BORDER_AREA, g.location)),
          )
        : [],
    [split, bounds, size],
  );
  const box = pointerBox(size ?? { width: 0, height: 0 });

  /** Short on the button (shortest on a small map); in full for the accessible name and the tooltip. */
  const text = (p: EdgePointer, long: boolean) => {
    const place = localized(p.name ?? undefined, lang);
    if (!place) return t('edge.unnamed', { count: p.count });
    if (!long && box.compact) return t('edge.compact', { count: p.count, place });
    if (p.others === 0) return t('edge.place', { count: p.count, place });
    return t(long ? 'edge.placeAndMoreLong' : 'edge.placeAndMore', { count: p.count - p.others, place, others: p.others });
  };
  return (
    <nav ref={nav} className="edge-pointers" aria-label={t('edge.region')} aria-hidden={pointers.length === 0 ? true : undefined}>
      {pointers.map((p) => {
        const label = text(p, true);
        return (
          <button
            key={`${p.bounds.join(',')}`}
            type="button"
            className="edge-pointer"
            style={{ left: `${Math.round(p.x)}px`, top: `${Math.round(p.y)}px`, maxWidth: `${box.width}px` }}
            aria-label={t('edge.follow', { text: label })}
            title={t('edge.follow', { text: label })}
            onClick={() => fitTo(p.bounds, FOLLOW_MAX_ZOOM)}
          >
            <span className="edge-pointer-text">{text(p, false)}</span>
            <span className="edge-pointer-arrow" aria-hidden="true" style={{ transform: `rotate(${p.angle.toFixed(1)}deg)` }}>
              →
            </span>
          </button>
        );
      })}
    </nav>
  );
}
