import { MARKER_COLOR } from './densityLayout';

/** The slider's date as a vertical line across a chart whose x axis is day numbers. */
export function DayMarker({ x, height }: { x: number | null; height: number }) {
  if (x === null) return null;
  return (
    <line
      className="density-marker"
      x1={x}
      x2={x}
      y1={0}
      y2={height}
      stroke={MARKER_COLOR}
      strokeWidth={2}
      vectorEffect="non-scaling-stroke"
    />
  );
}
