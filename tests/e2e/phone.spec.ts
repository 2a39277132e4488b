import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';
import { projectToPage, waitForMapIdle } from './mapHelpers';

// The September 2022 border war: in the list at this date, and its marker on the map.
const WAR_TITLE = 'Border war of September 2022';
const WAR_LOCATION: [number, number] = [70.81939, 40.06259];
const VIEWPORT = { width: 375, height: 667 };

test.use({ viewport: VIEWPORT, hasTouch: true });
test.beforeAll(() => mkdirSync('docs/screenshots', { recursive: true }));

const sheet = (page: Page) => page.locator('.bottom-sheet');
const handle = (page: Page) => page.getByRole('button', { name: /^Details size:/ });

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.y;
}

/** Waits for the sheet to rest at a size (its height transition done) and the map to settle. */
async function expectSize(page: Page, size: 'peek' | 'half' | 'full') {
  await expect(sheet(page)).toHaveAttribute('data-size', size);
  await page.waitForFunction(() => {
    const el = document.querySelector('.bottom-sheet');
    return !!el && el.getAnimations().length === 0;
  });
  await waitForMapIdle(page);
}

/** Where the war's marker is drawn on the page, and whether that is on the map and above the sheet. */
async function markerAboveSheet(page: Page) {
  const point = await projectToPage(page, WAR_LOCATION);
  const map = await page.locator('.map').boundingBox();
  if (!map) throw new Error('no map');
  return {
    point,
    sheetTop: await top(sheet(page)),
    onMap: point.x >= map.x && point.x <= map.x + map.width && point.y >= map.y && point.y <= map.y + map.height,
  };
}

/** A drag on the handle with the mouse: pointer events, in steps, as a hand moves. */
async function dragHandle(page: Page, dy: number) {
  const box = await handle(page).boundingBox();
  if (!box) throw new Error('no handle');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x, y + (dy * i) / 10);
  // Hold still before letting go, so this is a slow drag (nearest height), not a flick.
  await page.waitForTimeout(200);
  await page.mouse.move(x, y + dy);
  await page.mouse.up();
}

/** A finger swipe on the handle: real touch events, which the browser turns into pointer events. */
async function swipeHandle(page: Page, dy: number) {
  const box = await handle(page).boundingBox();
  if (!box) throw new Error('no handle');
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: Math.round(y + (dy * i) / 8) }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Visible elements holding text of their own whose computed size is under 12 px. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 12)
        found.push(`${el.tagName.toLowerCase()}.${el.className}: ${size}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return found;
  });
}

/** Visible controls smaller than 24×24 px, other than links inside running text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, summary, [role="button"], [tabindex="0"]',
    );
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.width >= 24 && rect.height >= 24) continue;
      // WCAG 2.5.8 leaves targets in a sentence alone (links, and numbers that are link-like buttons):
      // their size is the text's. In a sentence: other text beside them in the same element.
      const inSentence = [...(el.parentElement?.childNodes ?? [])].some(
        (n) => n !== el && n.nodeType === Node.TEXT_NODE && /\p{L}|\p{N}|[–(]/u.test(n.textContent ?? ''),
      );
      if ((el.tagName === 'A' || el.classList.contains('link-button')) && inSentence) continue;
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 24);
      found.push(`${el.tagName.toLowerCase()}.${el.className} "${name}": ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    return found;
  });
}

async function axeWithTargetSize(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .exclude('.maplibregl-canvas')
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.id === 'target-size' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the details open as a sheet with a handle, keep the marker above them, and size by drag, swipe and keys', async ({
  page,
  record,
}) => {
  await gotoReady(page, '?date=2022-09-30');
  // Chosen from the list, far down the page: the map has scrolled out of sight.
  const entry = page.getByRole('region', { name: 'Events' }).getByRole('button', { name: new RegExp(WAR_TITLE) });
  await entry.scrollIntoViewIfNeeded();
  expect(await top(page.locator('.map'))).toBeLessThan(0);
  await entry.click();

  await expect(handle(page)).toBeVisible();
  await expectSize(page, 'half');
  await expect(handle(page)).toHaveAccessibleName('Details size: half the screen');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  // The map came back into view above the sheet, and the marker is on it, above the sheet's edge.
  const mapBox = await page.locator('.map').boundingBox();
  expect(mapBox?.y).toBeGreaterThanOrEqual(0);
  const opened = await markerAboveSheet(page);
  expect(opened.onMap).toBe(true);
  expect(opened.point.y).toBeLessThan(opened.sheetTop - 10);
  // Centred in the part of the map the sheet leaves visible.
  const visibleBottom = Math.min(opened.sheetTop, (mapBox?.y ?? 0) + (mapBox?.height ?? 0));
  expect(Math.abs(opened.point.y - ((mapBox?.y ?? 0) + visibleBottom) / 2)).toBeLessThan(12);
  expect(Math.abs(opened.point.x - VIEWPORT.width / 2)).toBeLessThan(12);

  await page.screenshot({ path: 'docs/screenshots/phone-sheet.png' });

  // Dragged down: the peek; dragged up: full height.
  await dragHandle(page, 230);
  await expectSize(page, 'peek');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(sheet(page).getByRole('heading', { name: WAR_TITLE })).toBeInViewport();
  const peekTop = await top(sheet(page));
  expect(peekTop).toBeGreaterThan(VIEWPORT.height - 200);
  await dragHandle(page, -450);
  await expectSize(page, 'full');
  expect(await top(sheet(page))).toBeLessThan(80);
  // A finger's swipe down from full: a flick goes one step, to half.
  await swipeHandle(page, 120);
  await expectSize(page, 'half');

  // The keyboard: arrows step, Enter and Space go round the sizes; the name says the size.
  await handle(page).focus();
  await page.keyboard.press('ArrowDown');
  await expectSize(page, 'peek');
  await expect(handle(page)).toHaveAccessibleName('Details size: title only');
  await page.keyboard.press('ArrowUp');
  await expectSize(page, 'half');
  await page.keyboard.press('Enter');
  await expectSize(page, 'full');
  await expect(handle(page)).toHaveAccessibleName('Details size: full screen');
  await page.keyboard.press('Space');
  await expectSize(page, 'peek');
  await page.keyboard.press('ArrowUp');
  await expectSize(page, 'half');

  // The map was panned away; Zoom to brings the war back, framed above the sheet, which drops to peek.
  await page.evaluate(() => window.__borderMap?.jumpTo({ center: [72.2, 40.4], zoom: 8 }));
  await waitForMapIdle(page);
  expect((await markerAboveSheet(page)).onMap).toBe(false);
  await sheet(page).getByRole('button', { name: 'Zoom to' }).click();
  await expectSize(page, 'peek');
  const map = await page.locator('.map').boundingBox();
  expect(map).not.toBeNull();
  if (map) {
    expect(map.y).toBeGreaterThanOrEqual(0);
    expect(map.y + map.height).toBeLessThanOrEqual(VIEWPORT.height);
  }
  const zoomed = await markerAboveSheet(page);
  expect(zoomed.onMap).toBe(true);
  expect(zoomed.point.y).toBeLessThan(zoomed.sheetTop - 10);

  expect(record.errors).toEqual([]);
});

test('on a phone the credits fold into their button, the scale shows, and everything is big enough', async ({ page }) => {
  await gotoReady(page, '?date=2022-09-30');
  const credits = page.locator('.maplibregl-ctrl-attrib');
  await expect(credits).toHaveClass(/maplibregl-compact/);
  await expect(credits).not.toHaveAttribute('open', '');
  await expect(credits.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
  // The scale bar is on top where it is drawn: nothing covers its middle.
  const scale = page.locator('.maplibregl-ctrl-scale');
  await expect(scale).toBeVisible();
  const box = await scale.boundingBox();
  if (!box) throw new Error('no scale bar');
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-ctrl-scale') ?? false,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(hit).toBe(true);
  // The credits are a tap away.
  await page.getByLabel('Show or hide the map credits').click();
  await expect(credits.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
  await expect(credits).toContainText('OpenStreetMap');
  await page.getByLabel('Show or hide the map credits').click();

  // The page with the layers panel and the key open: targets and text.
  await page.locator('summary', { hasText: 'Layers' }).click();
  await expect(page.getByRole('checkbox', { name: 'Batken' })).toBeVisible();
  expect(await axeWithTargetSize(page)).toEqual([]);
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);

  // And with an event's details open in the sheet.
  await page
    .getByRole('region', { name: 'Events' })
    .getByRole('button', { name: new RegExp(WAR_TITLE) })
    .click();
  await expectSize(page, 'half');
  expect(await axeWithTargetSize(page)).toEqual([]);
  expect(await smallText(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
});
