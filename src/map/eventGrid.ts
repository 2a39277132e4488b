import type { FeatureCollection, Point } from 'geojson';
import type { TimedEvent } from '../model/timedEvent';

/** Cell size in degrees: about 8–11 km here, a readable disc at the zooms the grid is drawn at. */
export const GRID_CELL_DEGREES = 0.1;

export interface GridCellProps {
  cell: number;
  count: number;
}

/**
 * Counts of shown events per grid cell, for records too large to draw one marker per event when
 * zoomed out. The cell of each event is worked out once per record; a slider step only sums the
 * shown flags, so the counts always match exactly what the date and the filters show. The cells
 * are sent to the map once; the adapter writes changed counts as feature-state (disc size, at once)
 * and refreshes the number labels, which are layout and cannot read feature-state, when the slider rests.
 */
export class EventGrid {
  private cellOf = new Int32Array(0);
  private centers: Array<[number, number]> = [];
  private totals = new Uint32Array(0);

  reset(events: readonly TimedEvent[]): void {
    const index = new Map<string, number>();
    this.centers = [];
    this.cellOf = new Int32Array(events.length);
    this.totals = new Uint32Array(0);
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
    this.totals = new Uint32Array(this.centers.length);
  }

  /**
   * Recounts from `shown[i]` (non-zero for each event the map shows now, in record order) and
   * returns the cells whose count changed.
   */
  update(shown: Readonly<ArrayLike<number>>): Array<{ cell: number; count: number }> {
    const totals = new Uint32Array(this.centers.length);
    for (let i = 0; i < this.cellOf.length; i++) {
      if (!shown[i]) continue;
      const cell = this.cellOf[i] as number;
      totals[cell] = (totals[cell] ?? 0) + 1;
    }
    const changes: Array<{ cell: number; count: number }> = [];
    totals.forEach((count, cell) => {
      if (count !== this.totals[cell]) changes.push({ cell, count });
    });
    this.totals = totals;
    return changes;
  }

  /** Every cell with its current count: the data the count labels are drawn from. */
  collection(): FeatureCollection<Point, GridCellProps> {
    return {
      type: 'FeatureCollection',
      features: this.centers.map((center, cell) => ({
        type: 'Feature',
        id: cell,
        geometry: { type: 'Point', coordinates: center },
        properties: { cell, count: this.totals[cell] ?? 0 },
      })),
    };
  }
}
