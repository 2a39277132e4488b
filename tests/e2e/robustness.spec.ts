import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, test } from './fixtures';
import { renderedEventIds } from './mapHelpers';

test('a missing event file gets a banner naming it, and the map still works', async ({ page, record }) => {
  await page.route('**/data/events*.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await gotoReady(page);
  await expect(
    page.getByText(/The event record could not be loaded \(data\/events\.json\): .*The map still works without events/),
  ).toBeVisible();
  // The basemap and its layers are drawn all the same.
  const drawn = await page.evaluate(() => window.__borderMap?.queryRenderedFeatures({ layers: ['batken-fill'] }).length ?? 0);
  expect(drawn).toBeGreaterThan(0);
  expect(record.errors).toEqual([]);
});

test('a missing geo file costs only its layer: a banner names it and events still work', async ({ page, record }) => {
  await page.route('**/geo/sughd.geojson', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await gotoReady(page, '?date=2022-09-30');
  await expect(page.getByText(/geo\/sughd\.geojson could not be loaded/)).toBeVisible();
  await expect(page.getByText(/Sughd is missing from the map/)).toBeVisible();
  expect((await renderedEventIds(page)).length).toBeGreaterThan(0);
  await page.getByRole('region', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
});

test('without WebGL the map says why, and the timeline, list and details still work', async ({ page }) => {
  // As on a locked-down machine: the browser hands out no WebGL context at all.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (original as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null).call(
        this,
        type,
        ...rest,
      );
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  await page.goto('?date=2021-04-28');
  await expect(page.locator('html[data-map-ready="no-webgl"]')).toBeAttached();
  await expect(page.getByRole('alert').filter({ hasText: /WebGL/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '28 April 2021');
  await page.getByRole('button', { name: 'Previous event' }).click();
  const list = page.getByRole('region', { name: 'Events' });
  await list.getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
});

test('hostile link values are shown as text, never run, and never crash the page', async ({ page, record }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  const params = new URLSearchParams({
    q: payload,
    event: '"><script>alert(2)</script>',
    date: 'javascript:alert(3)',
    layers: '<svg onload=alert(4)>',
    mode: '\u202Eevil',
    window: 'NaN',
  });
  await gotoReady(page, `?${params.toString()}#map=${encodeURIComponent('<b>x</b>')}`);
  // The search keeps the text literally, and nothing it contains became markup.
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue(payload);
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  await expect(page.getByText(/Part of the link was not understood/)).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(record.errors).toEqual([]);
});
