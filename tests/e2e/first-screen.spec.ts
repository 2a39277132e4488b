import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { renderedNames, waitForMapIdle } from './mapHelpers';

/** The first screen (issue 15): the invitation, Play from the start with its caption, the folded layers panel, labels. */

test.beforeAll(() => mkdirSync('docs/screenshots', { recursive: true }));

const PHONE = { width: 375, height: 667 };
const TRIJUNCTION: [number, number] = [70.98251, 40.22564];

const intro = (page: Page) => page.getByRole('region', { name: 'Welcome' });

/** The slider's date as an ISO day. */
async function sliderDay(page: Page): Promise<string> {
  const value = Number(await page.getByRole('slider', { name: 'Date' }).inputValue());
  return new Date(value * 86_400_000).toISOString().slice(0, 10);
}

for (const size of [{ width: 1280, height: 800 }, PHONE]) {
  test(`at ${size.width}×${size.height} the first screen says what the map is and invites to play`, async ({ page, record }) => {
    await page.setViewportSize(size);
    await gotoReady(page);
    await expect(intro(page)).toBeVisible();
    await expect(intro(page)).toContainText('What happened on the Kyrgyzstan–Tajikistan border from 1992 to 2025');
    const play = intro(page).getByRole('button', { name: 'Play from 1992' });
    await expect(play).toBeVisible();
    await expect(play).toBeInViewport();
    // The card lies on the map, not over the timeline or the side pane.
    const card = await intro(page).boundingBox();
    const map = await page.locator('.map-pane').boundingBox();
    if (!card || !map) throw new Error('no layout');
    expect(card.y).toBeGreaterThanOrEqual(map.y);
    expect(card.y + card.height).toBeLessThanOrEqual(map.y + map.height);
    await waitForMapIdle(page);
    await page.screenshot({
      path: size.width === 1280 ? 'docs/screenshots/first-screen.png' : 'docs/screenshots/first-screen-phone.png',
    });
    expect(record.errors).toEqual([]);
  });
}

test('Play from 1992 plays the record from its start, with a caption on the map', async ({ page }) => {
  await gotoReady(page);
  await expect(page.getByTestId('play-caption')).toHaveCount(0);
  await intro(page).getByRole('button', { name: 'Play from 1992' }).click();
  await expect(intro(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  const first = await sliderDay(page);
  expect(first.slice(0, 4)).toBe('1992');

  const caption = page.getByTestId('play-caption');
  await expect(caption).toBeVisible();
  await expect(caption).toHaveAttribute('aria-hidden', 'true');
  // The first event (October 1992) is passed within a few seconds at the default speed.
  await expect(caption.locator('.play-caption-title')).not.toBeEmpty({ timeout: 20_000 });
  const shown = await caption.evaluate((el) => ({
    date: el.querySelector('.play-caption-date')?.textContent ?? '',
    title: el.querySelector('.play-caption-title')?.textContent ?? '',
  }));
  expect(shown.date).toMatch(/^\d{1,2} \p{L}+ (199\d|20\d\d)$/u);
  expect(shown.title.length).toBeGreaterThan(5);
  expect((await sliderDay(page)) > first).toBe(true);

  // On the map: inside the map pane, at its top.
  const box = await caption.boundingBox();
  const map = await page.locator('.map-pane').boundingBox();
  if (!box || !map) throw new Error('no layout');
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
  expect(box.y).toBeLessThan(map.y + map.height / 3);
  await page.screenshot({ path: 'docs/screenshots/first-screen-playing.png' });

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(caption).toHaveCount(0);
});

test('a link that opens on an event or a date has no invitation in its way', async ({ page }) => {
  await gotoReady(page, '?date=2021-04-29');
  await waitForMapIdle(page);
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(intro(page)).toHaveCount(0);
});

test('dismissing the invitation leaves the map as it was', async ({ page }) => {
  await gotoReady(page);
  await intro(page).getByRole('button', { name: 'Explore on my own' }).click();
  await expect(intro(page)).toHaveCount(0);
  expect(await sliderDay(page)).toBe('2025-12-31');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('on a phone the layers panel starts folded, and opened it reaches every legend entry', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await gotoReady(page);
  const toggle = page.locator('.layers-panel > summary');
  await expect(toggle).toHaveText('Layers & key');
  await expect(page.getByRole('checkbox', { name: 'Batken' })).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: 'Batken' })).toBeVisible();
  const panel = await page.locator('.layers-panel').boundingBox();
  const map = await page.locator('.map-pane').boundingBox();
  if (!panel || !map) throw new Error('no layout');
  // Open, the panel stays within the map and scrolls inside itself.
  expect(panel.y + panel.height).toBeLessThanOrEqual(map.y + map.height);
  expect(await page.locator('.layers-panel').evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
  const last = page.locator('.legend li').last();
  await last.scrollIntoViewIfNeeded();
  const item = await last.boundingBox();
  const scrolled = await page.locator('.layers-panel').boundingBox();
  if (!item || !scrolled) throw new Error('no layout');
  expect(item.y).toBeGreaterThanOrEqual(scrolled.y);
  expect(item.y + item.height).toBeLessThanOrEqual(scrolled.y + scrolled.height + 1);
  await expect(last).toBeInViewport();
});

test('at 1280 × 800 the layers panel starts folded too, and the whole legend is reachable', async ({ page }) => {
  await gotoReady(page);
  await expect(page.getByRole('checkbox', { name: 'Events' })).toBeHidden();
  await page.locator('.layers-panel > summary').click();
  const last = page.locator('.legend li').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(page.getByText('Named place, approximate position')).toBeVisible();
});

const TOWN_AT_OPENING: Record<string, string> = { en: 'Kokand', ru: 'Kanibadam', tg: 'Kanibadam' };
for (const [lang, town] of Object.entries(TOWN_AT_OPENING)) {
  test(`in ${lang} the opening view names Kokand and Kanibadam; the junction is named closer in`, async ({ page }) => {
    for (const link of [`?lang=${lang}`, `?lang=${lang}&date=1992-01-01`]) {
      await gotoReady(page, link);
      await waitForMapIdle(page);
      const towns = await renderedNames(page, 'towns');
      expect(towns, link).toContain(town);
      expect(towns, link).toEqual(expect.arrayContaining(['Kokand', 'Kanibadam']));
      // Its long name gives way at the opening view; its ring marks it.
      expect(await renderedNames(page, 'trijunction'), link).toEqual([]);
    }
    await page.evaluate((center) => window.__borderMap?.jumpTo({ center, zoom: 9.5 }), TRIJUNCTION);
    await waitForMapIdle(page);
    expect(await renderedNames(page, 'trijunction')).toEqual(['Kyrgyzstan–Tajikistan–Uzbekistan junction']);
  });
}
