import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { dayAtClientX, type TimeScale, xOfDay } from './timeScale';

export interface ScaledRangeProps {
  scale: TimeScale;
  day: number;
  label: string;
  valueText: string;
  describedBy?: string;
  onDay: (day: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The date slider on the timeline's uneven scale. A native range input still holds the value (day
 * numbers, min to max), the keyboard, the focus and the screen-reader role, but a native thumb can
 * only move linearly; so the input is transparent and takes no pointer events, and the track
 * around it turns a pointer's x into a day through the same scale the strip above is drawn with,
 * and draws the thumb there.
 */
export function ScaledRange({ scale, day, label, valueText, describedBy, onDay, onKeyDown }: ScaledRangeProps) {
  const inner = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const dayAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = inner.current?.getBoundingClientRect();
    return box ? dayAtClientX(scale, e.clientX, box) : day;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    input.current?.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture?.(e.pointerId);
    onDay(dayAt(e));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) onDay(dayAt(e));
  };
  const x = `${xOfDay(scale, Math.min(Math.max(day, scale.min), scale.max) + 0.5) * 100}%`;
  return (
    <div className="timeline-track" data-testid="timeline-track" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
      <div className="timeline-track-inner" ref={inner}>
        <span className="timeline-rail" aria-hidden="true" />
        <span className="timeline-fill" aria-hidden="true" style={{ width: x }} />
        <input
          ref={input}
          className="timeline-range"
          type="range"
          aria-label={label}
          aria-valuetext={valueText}
          aria-describedby={describedBy}
          min={scale.min}
          max={scale.max}
          step={1}
          value={day}
          onChange={(e) => onDay(Number(e.currentTarget.value))}
          onKeyDown={onKeyDown}
        />
        <span className="timeline-thumb" aria-hidden="true" style={{ left: x }} />
      </div>
    </div>
  );
}
