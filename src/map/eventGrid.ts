import type { FeatureCollection, Point } from 'geojson';
import type { TimedEvent } from '../state/timedEvent';

/** Cell size in degrees: about 8–11 km here, a readable disc at the zooms the grid is drawn at. */
export const GRID_CELL_DEGREES = 0.1;

export interface GridCellProps {
  cell: number;
  count: number;
}

/**
 * Counts of shown events per grid cell, for records too large to draw one marker per event when
 * zoomed out. The cell of each event is worked out once per record; a slider step only sums the
 * shown flags, so the counts always match exactly what the date and the filters show.
 */
export class EventGrid {
  private cellOf = new Int32Array(0);
  private centers: Array<[number, number]> = [];

  reset(events: readonly TimedEvent[]): void {
    const index = new Map<string, number>();
    this.centers = [];
    this.cellOf = new Int32Array(events.length);
    events.forEach((e, i) => {
      const cx = Math.floor(e.location[0] / GRID_CELL_DEGREES);
      const cy = Math.floor(e.location[1] / GRID_CELL_DEGREES);
      const key = `${cx}:${cy}`;
      let cell = index.get(key);
      if (cell === undefined) {
        cell = this.centers.length;
        index.set(key, cell);
        this.centers.push([(cx + 0.5) * GRID_CELL_DEGREES, (cy + 0.5) * GRID_CELL_DEGREES]);
      }
      this.cellOf[i] = cell;
    });
  }

  /** `shown[i]` is non-zero for each event the map shows now (same order as the record). */
  counts(shown: Readonly<ArrayLike<number>>): FeatureCollection<Point, GridCellProps> {
    const totals = new Uint32Array(this.centers.length);
    for (let i = 0; i < this.cellOf.length; i++) {
      if (!shown[i]) continue;
      const cell = this.cellOf[i] as number;
      totals[cell] = (totals[cell] ?? 0) + 1;
    }
    const features: FeatureCollection<Point, GridCellProps>['features'] = [];
    totals.forEach((count, cell) => {
      if (count === 0) return;
      features.push({
        type: 'Feature',
        id: cell,
        geometry: { type: 'Point', coordinates: this.centers[cell] as [number, number] },
        properties: { cell, count },
      });
    });
    return { type: 'FeatureCollection', features };
  }
}
