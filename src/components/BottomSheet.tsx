import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useT } from '../language/useT';
import { NARROW_QUERY } from '../model/layout';
import { cycleSize, type SheetHeights, sheetHeights, snapAfterDrag, stepSize } from '../model/sheetSnap';
import { useActions, useApp } from '../state/store';
import { useMediaQuery } from './useMediaQuery';
import './bottomSheet.css';

/** Room below the title in the peek: one line of what follows it. */
const PEEK_LINE_PX = 26;
/** A press that moves less than this is a tap (the handle's click), not a drag. */
const DRAG_SLOP_PX = 6;
/** The release speed is read over the last moments of a drag only. */
const VELOCITY_WINDOW_MS = 120;

interface Drag {
  pointerId: number;
  startY: number;
  startHeight: number;
  moved: boolean;
  samples: { t: number; height: number }[];
}

function sameHeights(a: SheetHeights | null, b: SheetHeights): boolean {
  return a !== null && a.peek === b.peek && a.half === b.half && a.full === b.full;
}

/**
 * The details panels' container. On a wide screen a plain block in the side pane; on a phone, while
 * something is open, a sheet over the bottom of the map with a handle: dragged or swiped it rests at
 * peek, half or full height; as a button, Enter or Space cycles the heights and the arrow keys step
 * them. The size lives in the store, so the map keeps what is selected above the sheet.
 */
export function BottomSheet({ open, children }: { open: boolean; children: ReactNode }) {
  const t = useT();
  const narrow = useMediaQuery(NARROW_QUERY);
  const isSheet = narrow && open;
  const size = useApp((s) => s.sheetSize);
  const heights = useApp((s) => s.sheetHeights);
  const { setSheetSize, setSheetHeights } = useActions();
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const bodyId = useId();
  const hintId = useId();
  // The measuring callback compares with the heights of the moment without being re-made for them.
  const heightsNow = useRef(heights);
  heightsNow.current = heights;

  // The heights follow the viewport and the title's length (a longer title needs a taller peek).
  const measure = useCallback(() => {
    const sheet = root.current;
    const scroller = body.current;
    if (!sheet || !scroller) return;
    const heading = scroller.querySelector('h2');
    const top = sheet.getBoundingClientRect().top;
    const titleBottom = heading ? heading.getBoundingClientRect().bottom - top + scroller.scrollTop : 0;
    const next = sheetHeights(window.innerHeight, titleBottom + PEEK_LINE_PX);
    if (!sameHeights(heightsNow.current, next)) setSheetHeights(next);
  }, [setSheetHeights]);

  useLayoutEffect(() => {
    if (!isSheet) return;
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => measure()) : null;
    if (content.current) observer?.observe(content.current);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      setSheetHeights(null);
    };
  }, [isSheet, measure, setSheetHeights]);

  // At the peek only the top shows: the title, not wherever the reader had scrolled to.
  useLayoutEffect(() => {
    if (isSheet && size === 'peek' && body.current) body.current.scrollTop = 0;
  }, [isSheet, size]);

  const height = dragHeight ?? heights?.[size];

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    justDragged.current = false;
    if (!heights || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const startHeight = heights[size];
    drag.current = {
      pointerId: e.pointerId,
      startY: e.clientY,
      startHeight,
      moved: false,
      samples: [{ t: e.timeStamp, height: startHeight }],
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || !heights || d.pointerId !== e.pointerId) return;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.abs(dy) < DRAG_SLOP_PX) return;
    d.moved = true;
    // A little give past either end, so the sheet answers the finger, then snaps back.
    const next = Math.min(Math.max(d.startHeight - dy, heights.peek / 2), heights.full + 16);
    d.samples.push({ t: e.timeStamp, height: next });
    while (d.samples.length > 2 && e.timeStamp - (d.samples[0]?.t ?? 0) > VELOCITY_WINDOW_MS) d.samples.shift();
    setDragHeight(next);
  };
  const endDrag = (e: PointerEvent<HTMLButtonElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    setDragHeight(null);
    if (!d.moved || !heights) return;
    justDragged.current = true;
    if (cancelled) return;
    const first = d.samples[0];
    const last = d.samples[d.samples.length - 1];
    const elapsed = first && last ? last.t - first.t : 0;
    const velocity = first && last && elapsed > 0 ? (last.height - first.height) / elapsed : 0;
    setSheetSize(snapAfterDrag(heights, last?.height ?? d.startHeight, velocity));
  };
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    // The click that ends a drag is not a tap (a key's click, detail 0, always counts).
    if (justDragged.current && e.detail !== 0) {
      justDragged.current = false;
      return;
    }
    setSheetSize(cycleSize(size));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    setSheetSize(stepSize(size, step));
  };

  return (
    <div
      ref={root}
      className={isSheet ? 'bottom-sheet' : 'details-slot'}
      data-size={isSheet ? size : undefined}
      data-dragging={dragHeight !== null ? 'true' : undefined}
      style={isSheet && height !== undefined ? { height: `${Math.round(height)}px` } : undefined}
    >
      {isSheet ? (
        <button
          type="button"
          className="bottom-sheet-handle"
          aria-label={t('sheet.handle', { size: t(`sheet.${size}`) })}
          aria-expanded={size !== 'peek'}
          aria-controls={bodyId}
          aria-describedby={hintId}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={(e) => endDrag(e, false)}
          onPointerCancel={(e) => endDrag(e, true)}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <span className="bottom-sheet-grip" aria-hidden="true" />
          <span id={hintId} className="visually-hidden">
            {t('sheet.hint')}
          </span>
        </button>
      ) : null}
      <div ref={body} id={bodyId} className={isSheet ? 'bottom-sheet-body' : undefined}>
        <div ref={content}>{children}</div>
      </div>
    </div>
  );
}
