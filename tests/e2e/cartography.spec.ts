import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, test } from './fixtures';
import { projectToPage, renderedNames, waitForMapIdle } from './mapHelpers';

const TREATY = 'border-treaty-signed-2025-03-13';
const WAR_2022 = 'kyrgyz-tajik-clash-2022-09-14';
/** The 2022 war's places other than its pin (Batken): villages and a crossing across the border. */
const WAR_2022_PLACES = ['maksat', 'kulundu', 'ovchi-kalacha', 'cp-karamyk-tojvaron'];
const VORUKH: [number, number] = [70.58012, 39.85125];

test.beforeAll(() => mkdirSync('docs/screenshots', { recursive: true }));

async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => window.__borderMap?.queryRenderedFeatures({ layers: [layer] }).length ?? 0, layer);
}

async function viewContains(page: Page, points: [number, number][]): Promise<boolean[]> {
  return page.evaluate((points) => {
    const b = window.__borderMap?.getBounds();
    if (!b) throw new Error('no map');
    return points.map((p) => b.contains(p));
  }, points);
}

test('the opening view names the three countries, both regions and the towns around the border', async ({ page }) => {
  await gotoReady(page);
  await waitForMapIdle(page);
  const countries = await renderedNames(page, 'labels', { kind: 'country' });
  expect(countries).toEqual(expect.arrayContaining(['Kyrgyzstan', 'Tajikistan', 'Uzbekistan']));
  expect(await renderedNames(page, 'labels', { kind: 'region' })).toEqual(
    expect.arrayContaining(['Batken Region', 'Sughd Region']),
  );
  expect(await renderedNames(page, 'towns')).toEqual(
    expect.arrayContaining(['Isfara', 'Kokand', 'Guliston (Kayrakkum)', 'Khujand', 'Batken']),
  );
  // Ghafurov lies 5 km from Khujand, a few pixels at the opening zoom: it is named one zoom step in.
  await page.evaluate(() => window.__borderMap?.jumpTo({ center: [69.65, 40.25], zoom: 8 }));
  await waitForMapIdle(page);
  expect(await renderedNames(page, 'towns')).toEqual(expect.arrayContaining(['Ghafurov', 'Khujand']));
});

test('the water intake the record names is a place on the map, marked as approximate in the legend', async ({ page }) => {
  await gotoReady(page, '?date=2021-05-01');
  await page.evaluate(() => window.__borderMap?.jumpTo({ center: [70.536, 39.95], zoom: 11 }));
  await waitForMapIdle(page);
  expect(await renderedNames(page, 'record-places')).toContain('Golovnoy water distribution point');
  await page.locator('summary', { hasText: 'Layers & key' }).click();
  await expect(page.getByText('Named place, approximate position')).toBeVisible();
});

test('the treaty of 13 March 2025, zoomed to, lies on a map with Bishkek and a national border', async ({ page }) => {
  await gotoReady(page, `?date=2025-03-20&event=${TREATY}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Zoom to' }).click();
  await page.waitForFunction(() => {
    const map = window.__borderMap;
    return !!map && !map.isMoving() && map.getBounds().contains([74.6, 42.8667]);
  });
  await waitForMapIdle(page);
  expect(await renderedNames(page, 'towns')).toContain('Bishkek');
  // Kazakhstan's border runs a few km north of Bishkek: drawn in view, not a blank canvas.
  expect(await renderedCount(page, 'countries-outline')).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__borderMap?.getZoom() ?? 99)).toBeLessThanOrEqual(10);
});

test('the September 2022 war marks all its places, and Zoom to frames them all', async ({ page }) => {
  await gotoReady(page, `?date=2022-09-20&event=${WAR_2022}`);
  await waitForMapIdle(page);
  const marked = await page.evaluate(
    () =>
      window.__borderMap
        ?.querySourceFeatures('event-places')
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => String(f.properties.id)) ?? [],
  );
  expect([...new Set(marked)].sort()).toEqual([...WAR_2022_PLACES].sort());
  const spots = await page.evaluate(
    () =>
      window.__borderMap
        ?.querySourceFeatures('event-places')
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => (f.geometry as GeoJSON.Point).coordinates as [number, number]) ?? [],
  );
  await page.getByRole('region', { name: 'Event details' }).getByRole('button', { name: 'Zoom to' }).click();
  await page.waitForFunction(() => !window.__borderMap?.isMoving());
  await waitForMapIdle(page);
  expect(await viewContains(page, [[70.81939, 40.06259], ...spots])).not.toContain(false);
  // The rings are drawn, with their names.
  expect(await renderedCount(page, 'selected-places-ring')).toBeGreaterThanOrEqual(WAR_2022_PLACES.length);
  expect(await renderedNames(page, 'event-places')).toEqual(expect.arrayContaining(['Maksat']));
  await page.screenshot({ path: 'docs/screenshots/event-places.png' });
});

test('events sharing a pin show their count, and the count lists them', async ({ page }) => {
  await gotoReady(page, '?date=2021-04-20');
  await page.evaluate(([lon, lat]) => window.__borderMap?.jumpTo({ center: [lon, lat], zoom: 10 }), VORUKH);
  await waitForMapIdle(page);
  // Several events share Vorukh's pin (clashes, the April 2021 visit, the swap proposal…).
  // Kok-Tash's pin is also in view: take the badge nearest Vorukh.
  const badge = await page.evaluate(([lon, lat]) => {
    const map = window.__borderMap;
    const at = (f: { geometry: unknown }) => (f.geometry as GeoJSON.Point).coordinates as [number, number];
    const off = (f: { geometry: unknown }) => Math.hypot(at(f)[0] - (lon as number), at(f)[1] - (lat as number));
    const hit = map
      ?.queryRenderedFeatures({ layers: ['events-stack-badge'] })
      .filter((f) => Number(f.state?.count) > 1)
      .sort((a, b) => off(a) - off(b))[0];
    return hit ? { count: Number(hit.state?.count), at: at(hit) } : null;
  }, VORUKH);
  // The count is the record's: every event at that pin that has begun by the slider's day (cumulative mode).
  const record = (await (await page.request.get(`${BASE_URL}data/events.json`)).json()) as {
    events: { date: string; location: [number, number] }[];
  };
  const atPin = record.events.filter(
    (e) =>
      e.date <= '2021-04-20' &&
      // The rendered point comes back from the tile quantised: about 10 m either way.
      Math.abs(e.location[0] - (badge?.at[0] ?? 0)) < 2e-4 &&
      Math.abs(e.location[1] - (badge?.at[1] ?? 0)) < 2e-4,
  );
  expect(atPin.length).toBeGreaterThan(3);
  expect(badge?.count).toBe(atPin.length);
  const count = String(atPin.length);
  await page.waitForFunction((n) => {
    const layers = ['events-stack-count'];
    return (window.__borderMap?.queryRenderedFeatures({ layers }) ?? []).some((f) => String(f.properties.count) === n);
  }, count);
  const pin = await projectToPage(page, badge?.at ?? VORUKH);
  await page.mouse.move(pin.x, pin.y);
  await expect(page.locator('.hover-label')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/vorukh-stack.png' });
  await page.mouse.click(pin.x + 11, pin.y - 11);
  const chooser = page.getByRole('dialog');
  await expect(chooser.getByRole('button')).toHaveCount(atPin.length + 1); // the events and Close
});

test('pointing at a marker shows its title and date', async ({ page }) => {
  await gotoReady(page, '?date=2022-09-20');
  await waitForMapIdle(page);
  const pin = await projectToPage(page, [70.81939, 40.06259]);
  await page.mouse.move(pin.x, pin.y);
  const label = page.locator('.hover-label');
  await expect(label).toBeVisible();
  await expect(label).toContainText('2022');
});

test('events far from the border area are pointed at from its edge, and the pointer takes you there', async ({ page }) => {
  await gotoReady(page, '?date=2025-12-31');
  await waitForMapIdle(page);
  await expect(page.locator('.timeline-count')).toContainText('in the map’s view');
  const pointers = page.getByRole('navigation', { name: 'Events outside the map’s view' });
  const bishkek = pointers.getByRole('button', { name: /in Bishkek/ });
  await expect(bishkek).toBeVisible();
  await bishkek.click();
  await page.waitForFunction(() => {
    const map = window.__borderMap;
    return !!map && !map.isMoving() && map.getBounds().contains([74.6, 42.8667]);
  });
});

test('the PNG names the selected event and carries the caveat, in the interface language', async ({ page }) => {
  await gotoReady(page, '?lang=ru&date=2022-09-16&event=vorukh-flag-clash-2019-07-22');
  await page.locator('summary', { hasText: 'Поделиться и скачать' }).click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать PNG' }).click()]);
  const bytes = readFileSync(await png.path());
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
  const texts = await page.evaluate(() => window.__lastPngText ?? []);
  expect(texts).toContain('Границы по картам до договора от 13 марта 2025 года');
  expect(texts.some((t) => t.startsWith('Выбранное событие: '))).toBe(true);
  writeFileSync('docs/screenshots/export-ru.png', bytes);
});

test('a checkpoint clicked on the map opens its details with its status on the date', async ({ page }) => {
  await gotoReady(page, '?date=2021-06-01');
  const kairagach: [number, number] = [69.53498, 40.08752];
  await page.evaluate((at) => window.__borderMap?.jumpTo({ center: at, zoom: 10 }), kairagach);
  await waitForMapIdle(page);
  const at = await projectToPage(page, kairagach);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole('region', { name: 'Checkpoint details' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('dd[data-status]')).toHaveText('Closed');
  expect(page.url()).toContain('checkpoint=cp-kairagach-madaniyat');
  // Its history cites its sources.
  await expect(panel.getByRole('link').first()).toBeVisible();
});

test('an event’s details say on which side of the pre-2025 line it lies, and how far from it', async ({ page }) => {
  await gotoReady(page, '?date=2019-08-01&event=vorukh-flag-clash-2019-07-22');
  const details = page.getByRole('region', { name: 'Event details' });
  // Vorukh is a Tajik enclave, pinned approximately: the line says so.
  await expect(details.getByText(/km from the Kyrgyz–Tajik border, in Tajikistan \(from an approximate position/)).toBeVisible();
  // A pin that stands for a whole area gets no distance, and says why.
  await details.getByRole('button', { name: 'Close' }).click();
  await gotoReady(page, '?date=2022-09-20&event=kyrgyz-tajik-clash-2022-09-14');
  await expect(page.getByRole('region', { name: 'Event details' }).getByText(/stands for a wider area/)).toBeVisible();
});
