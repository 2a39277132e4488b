import type { Page } from '@playwright/test';

/** Ids of event markers the map has actually drawn on screen. */
export async function renderedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__borderMap;
    if (!map) throw new Error('window.__borderMap is not set');
    // Visibility is feature-state: an event is drawn when its state says shown.
    const ids = map
      .queryRenderedFeatures({ layers: ['events-circle'] })
      .filter((f) => f.state?.shown === true)
      .map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

/** Moves the slider like a person typing a value into it (fires the input event React listens to). */
export async function setSliderDate(page: Page, iso: string): Promise<void> {
  const day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  await page.getByRole('slider', { name: 'Date' }).fill(String(day));
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__borderMap;
    return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

/** Screen position (page coordinates) of a lon/lat on the map canvas. */
export async function projectToPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => window.__borderMap?.project(ll), lngLat);
  const box = await page.locator('.map canvas').boundingBox();
  if (!p || !box) throw new Error('map not ready');
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Names (English) of the features of a source the map has actually placed on screen. */
export async function renderedNames(page: Page, source: string, filter: Record<string, string> = {}): Promise<string[]> {
  return page.evaluate(
    ({ source, filter }) => {
      const map = window.__borderMap;
      if (!map) throw new Error('window.__borderMap is not set');
      const layers = map
        .getStyle()
        .layers.filter((l) => l.type === 'symbol' && 'source' in l && l.source === source)
        .map((l) => l.id);
      return [
        ...new Set(
          map
            .queryRenderedFeatures({ layers })
            .filter((f) => Object.entries(filter).every(([k, v]) => String(f.properties[k]) === v))
            .map((f) => String(f.properties.name_en)),
        ),
      ];
    },
    { source, filter },
  );
}
