import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/** The Tab stop the page's focus is on: what a keyboard user would hear named. */
async function focusedStop(page: Page): Promise<{ role: string; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { role: 'none', name: '' };
    const role = el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase());
    return { role, name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60) };
  });
}

const mapCenter = (page: Page) =>
  page.evaluate(() => {
    const c = window.__borderMap?.getCenter();
    return c ? [c.lng, c.lat] : null;
  });

test('the date slider is within the first ten Tab stops from page load', async ({ page }) => {
  await gotoReady(page);
  const stops: string[] = [];
  let sliderAt = -1;
  for (let i = 1; i <= 10 && sliderAt < 0; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    stops.push(`${i}: ${stop.role} ${stop.name}`);
    if (stop.role === 'range' && stop.name === 'Date') sliderAt = i;
  }
  // The list of stops is in the message: which stops crept in front of the slider.
  expect(sliderAt, stops.join('\n')).toBeGreaterThan(0);
  expect(sliderAt).toBeLessThanOrEqual(10);
  // The skip links come first, in this order.
  expect(stops.slice(0, 3)).toEqual(['1: a Skip to the map', '2: a Skip to the timeline', '3: a Skip to the events']);
  await expect(page.getByRole('slider', { name: 'Date' })).toBeFocused();
});

test('each skip link shows when focused and moves the focus into its part of the page', async ({ page }) => {
  await gotoReady(page);
  const toMap = page.getByRole('link', { name: 'Skip to the map' });
  await expect(toMap).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(toMap).toBeFocused();
  await expect(toMap).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('.map canvas')).toBeFocused();
  await expect(toMap).not.toBeInViewport();

  await page.getByRole('link', { name: 'Skip to the timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeFocused();

  await page.getByRole('link', { name: 'Skip to the events' }).focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: 'Events' });
  const first = list.getByRole('button').first();
  await expect(first).toBeFocused();
  // The list is one Tab stop: the arrows move within it.
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button').nth(1)).toBeFocused();
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
});

test('the map canvas steps through the markers with the arrows and opens one with Enter', async ({ page }) => {
  await gotoReady(page);
  const canvas = page.locator('.map canvas');
  // The keys are in the canvas's accessible description.
  await expect(canvas).toHaveAccessibleDescription(/Arrow keys step through the events/);
  await canvas.focus();
  const before = await mapCenter(page);
  await page.keyboard.press('ArrowRight');

  const label = page.locator('.hover-label');
  await expect(label).toBeVisible();
  const title = ((await label.locator('strong').textContent()) ?? '').trim();
  expect(title.length).toBeGreaterThan(0);
  await expect(page.getByTestId('announcer')).toContainText(`Map marker: ${title}`);
  // The arrow chose a marker; it did not pan the map.
  await waitForMapIdle(page);
  expect(await mapCenter(page)).toEqual(before);

  // The next arrow moves on to another marker.
  await page.keyboard.press('ArrowRight');
  await expect(label.locator('strong')).not.toHaveText(title);
  await page.keyboard.press('ArrowLeft');
  await expect(label.locator('strong')).toHaveText(title);

  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expect(details.getByRole('heading', { name: title, exact: true })).toBeFocused();

  // Escape leaves a focused marker; Shift+arrow pans.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await expect(label).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(label).toBeHidden();
  await page.keyboard.press('Shift+ArrowRight');
  await waitForMapIdle(page);
  expect(await mapCenter(page)).not.toEqual(before);
});
