import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, test } from './fixtures';
import { projectToPage, renderedEventIds, setSliderDate, waitForMapIdle } from './mapHelpers';

const CLASH_2021 = 'kyrgyz-tajik-clash-2021-04-28';
const CLASH_2022 = 'kyrgyz-tajik-clash-2022-09-14';

async function eventLocation(page: Page, id: string): Promise<[number, number]> {
  const response = await page.request.get(`${BASE_URL}data/events.json`);
  const json = (await response.json()) as { events: { id: string; location: [number, number] }[] };
  const event = json.events.find((e) => e.id === id);
  if (!event) throw new Error(`${id} is not in events.json`);
  return event.location;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test.beforeAll(() => mkdirSync('docs/screenshots', { recursive: true }));

test('scrubbing reveals the 2021 clash only from 28 April 2021, and its marker opens its details', async ({ page, record }) => {
  await gotoReady(page);
  await setSliderDate(page, '2021-04-27');
  expect(await renderedEventIds(page)).not.toContain(CLASH_2021);

  await setSliderDate(page, '2021-04-28');
  expect(await renderedEventIds(page)).toContain(CLASH_2021);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '28 April 2021');

  // Click the marker on the canvas where the map draws it.
  const location = await eventLocation(page, CLASH_2021);
  const point = await projectToPage(page, location);
  await page.mouse.click(point.x, point.y);
  const chooser = page.getByRole('dialog', { name: /events here/ });
  if (await chooser.isVisible()) await chooser.getByRole('button', { name: /2021/ }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  await expect(details.locator('time').first()).toHaveAttribute('datetime', '2021-04-28');
  const selected = await page.evaluate(
    (id) => window.__borderMap?.getFeatureState({ source: 'events', id }).selected ?? false,
    CLASH_2021,
  );
  expect(selected).toBe(true);

  await page.screenshot({ path: 'docs/screenshots/desktop-event-selected.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await details.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(details).toHaveCount(0);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
});

test('layer toggles hide and show their layers', async ({ page }) => {
  await gotoReady(page);
  // The panel starts folded on every screen (first-screen.spec.ts).
  await page.locator('summary', { hasText: 'Layers & key' }).click();
  const sughd = page.getByRole('checkbox', { name: 'Sughd' });
  const drawn = () => page.evaluate(() => window.__borderMap?.queryRenderedFeatures({ layers: ['sughd-fill'] }).length ?? 0);
  expect(await drawn()).toBeGreaterThan(0);
  await sughd.uncheck();
  await waitForMapIdle(page);
  expect(await drawn()).toBe(0);
  await sughd.check();
  await waitForMapIdle(page);
  expect(await drawn()).toBeGreaterThan(0);

  for (const name of ['Batken', 'Sughd', 'Enclaves', 'Checkpoints', 'Tri-junction', 'Towns', 'Events']) {
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  }
  await page.getByRole('checkbox', { name: 'Events' }).uncheck();
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toEqual([]);
  await expect(page).toHaveURL(/layers=/);
});

test('a deep link opens straight into its date and event, and Back restores the previous selection', async ({ page }) => {
  await gotoReady(page, `?date=2022-09-20&event=${CLASH_2022}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.locator('time').first()).toHaveAttribute('datetime', '2022-09-14');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '20 September 2022');
  expect(await renderedEventIds(page)).toContain(CLASH_2022);
  expect(await renderedEventIds(page)).not.toContain('border-treaty-signed-yntymak-ordo-2025-03-13');

  // Select another event from the list, then go back.
  const list = page.getByRole('region', { name: 'Events' });
  await list.getByRole('button').nth(3).click();
  await expect(details.locator('time').first()).not.toHaveAttribute('datetime', '2022-09-14');
  expect(page.url()).not.toContain(CLASH_2022);
  await page.goBack();
  await expect(details.locator('time').first()).toHaveAttribute('datetime', '2022-09-14');
  expect(page.url()).toContain(CLASH_2022);
});

test('bad link values fall back to defaults with a notice, not a crash', async ({ page, record }) => {
  await gotoReady(page, '?date=2021-02-30&event=no-such-event&layers=volcanoes#map=abc');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(page.getByText(/not understood/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  expect(record.errors).toEqual([]);
});

test('phone size: no horizontal scrolling, details as a bottom sheet, accessible', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await gotoReady(page, `?event=${CLASH_2022}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/phone-event.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  // The layers panel starts folded on a phone so the map stays visible, and opens on demand.
  await expect(page.getByRole('checkbox', { name: 'Batken' })).toBeHidden();
  await page.screenshot({ path: 'docs/screenshots/phone-map.png' });
  await page.locator('summary', { hasText: 'Layers' }).click();
  await expect(page.getByRole('checkbox', { name: 'Batken' })).toBeVisible();
});

test('initial state has no serious accessibility violations', async ({ page }) => {
  await gotoReady(page);
  await page.screenshot({ path: 'docs/screenshots/desktop.png' });
  expect(await seriousViolations(page)).toEqual([]);
});
