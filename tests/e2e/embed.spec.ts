import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, gotoReady, isLocal, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * The embed as a newsroom uses it: the code from Share → Embed pasted into a plain article on
 * another origin, loaded in a real iframe. The host page is served by the test, from a different origin
 * than the map's (as a real article is); it records every message the frame sends.
 */
// The article is served by a small server of the test's own on another port: another origin than
// the map's, on this machine (Chromium will not let a page it takes for public frame a local server).
let host: Server;
let HOST = '';
let article = '';

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(article);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function embedCodeFrom(page: Page, options: { still?: boolean } = {}): Promise<string> {
  await page.locator('.share summary').click();
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  if (options.still) await dialog.getByLabel('Still picture (no slider, no clicks)').check();
  return dialog.getByLabel('Code to paste').inputValue();
}

async function openHost(page: Page, code: string): Promise<Frame> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0"><main><h1>An article about the border</h1><p>Some text before the map.</p>
<script>window.__messages = []; window.addEventListener("message", function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });</script>
${code}
<p>Some text after the map.</p></main></body></html>`;
  article = html;
  await page.goto(`${HOST}article.html`);
  const handle = await page.locator('iframe[data-kg-tj-border-map]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the embed code made no iframe');
  await frame.locator('html[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  return frame;
}

async function frameMapIdle(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => {
    const map = window.__borderMap;
    return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

/** Each style layer's visibility: which layers the reader switched off. */
function layerVisibility(): Record<string, string> {
  const map = window.__borderMap;
  if (!map) throw new Error('window.__borderMap is not set');
  return Object.fromEntries(map.getStyle().layers.map((l) => [l.id, String(l.layout?.visibility ?? 'visible')]));
}

/** Where a drawn event marker is, in the frame's canvas pixels. */
function shownMarker(frame: Frame): Promise<{ x: number; y: number } | null> {
  return frame.evaluate(() => {
    const map = window.__borderMap;
    const f = map?.queryRenderedFeatures({ layers: ['events-circle'] }).find((x) => x.state?.shown === true);
    if (!map || !f || f.geometry.type !== 'Point') return null;
    const p = map.project(f.geometry.coordinates as [number, number]);
    return { x: p.x, y: p.y };
  });
}

const VIEW = '?date=2022-09-20&event=ceasefire-samarkand-2022-09-16&layers=batken,sughd,enclaves,checkpoints,events';

test('the embed code, pasted into an article, shows the same view and fits its frame at 375 px', async ({ page, record }) => {
  await gotoReady(page, VIEW);
  await waitForMapIdle(page);
  const date = await page.locator('.timeline-date').textContent();
  const title = await page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }).textContent();
  expect(date).toBeTruthy();
  expect(title).toBeTruthy();
  const sourceLayers = await page.evaluate(layerVisibility);
  const code = await embedCodeFrom(page);
  // The dialog itself: labelled, and clean for axe.
  const dialogAxe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(dialogAxe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await page.getByRole('dialog', { name: 'Embed this view' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed…' })).toBeFocused();
  expect(code).toContain('embed=1');
  expect(code).toContain('event=ceasefire-samarkand-2022-09-16');
  expect(code).toContain('date=2022-09-20');

  await page.setViewportSize({ width: 375, height: 700 });
  const frame = await openHost(page, code);
  await frameMapIdle(frame);
  // Loading, the embed left the article's focus where it was (its details panel did not take it).
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

  // The same view: date, event and layers.
  await expect(frame.locator('.timeline-date')).toHaveText(date ?? '');
  const details = frame.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  expect(await frame.evaluate(layerVisibility)).toEqual(sourceLayers);
  expect(Object.values(sourceLayers)).toContain('none');
  // Folded away: the side panels and the full header.
  await expect(frame.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(frame.locator('.side-pane')).toHaveCount(0);

  // The height message arrives from the map's origin, and the frame is resized to it.
  const origin = new URL(frame.url()).origin;
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __messages: { data: { type?: string } }[] }).__messages.length))
    .toBeGreaterThan(0);
  const messages = await page.evaluate(
    () => (window as unknown as { __messages: { origin: string; data: { type: string; height: number } }[] }).__messages,
  );
  const heights = messages.filter((m) => m.data?.type === 'kg-tj-border-map:height');
  expect(heights.length).toBeGreaterThan(0);
  expect(heights.every((m) => m.origin === origin)).toBe(true);
  const frameBox = page.locator('iframe[data-kg-tj-border-map]');
  await expect
    .poll(async () => {
      const last = await page.evaluate(() => {
        const all = (window as unknown as { __messages: { data: { type: string; height: number } }[] }).__messages;
        return all.filter((m) => m.data?.type === 'kg-tj-border-map:height').at(-1)?.data.height ?? 0;
      });
      const box = await frameBox.boundingBox();
      return box ? Math.round(box.height) - last : Number.NaN;
    })
    .toBe(0);
  // No scrollbar inside the frame: the content is exactly as tall and as wide as the frame.
  await expect
    .poll(() =>
      frame.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return {
          vertical: root.scrollHeight - root.clientHeight,
          horizontal: root.scrollWidth - root.clientWidth,
          width: window.innerWidth,
        };
      }),
    )
    .toEqual({ vertical: 0, horizontal: 0, width: 375 });

  await page.screenshot({ path: 'docs/screenshots/embed-phone.png', fullPage: true });

  // The way out opens the same view in the full map, in a new tab.
  const open = frame.getByRole('link', { name: 'Open the full map (new tab)' });
  await open.focus();
  const href = await open.getAttribute('href');
  expect(href).toContain('date=2022-09-20');
  expect(href).toContain('event=ceasefire-samarkand-2022-09-16');
  expect(href).not.toContain('embed=');
  expect(await open.getAttribute('target')).toBe('_blank');

  // Accessible inside the frame (axe analyses the frame's document with the host's).
  const axe = await new AxeBuilder({ page }).include('iframe[data-kg-tj-border-map]').analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`),
  ).toEqual([]);

  // The map itself asked nothing of any other origin (the host page is the test's own).
  const base = new URL(frame.url()).origin;
  expect(record.requests.filter((u) => !u.startsWith(HOST) && !isLocal(u, base))).toEqual([]);
  expect(record.errors).toEqual([]);
});

test('inside the embed the slider still works, and a new event grows the frame to fit', async ({ page }) => {
  await gotoReady(page, '?date=2021-04-29');
  const code = await embedCodeFrom(page);
  const frame = await openHost(page, code);
  await frameMapIdle(frame);
  const iframe = page.locator('iframe[data-kg-tj-border-map]');
  const before = (await iframe.boundingBox())?.height ?? 0;
  await expect(frame.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  // A wheel over the map scrolls the article, as over any picture in it; the map keeps its zoom
  // (Ctrl + wheel zooms it, and the map says so).
  const zoom = () => frame.evaluate(() => window.__borderMap?.getZoom());
  const zoomBefore = await zoom();
  const canvasBox = await frame.locator('.map canvas').boundingBox();
  if (!canvasBox) throw new Error('no canvas');
  await page.mouse.move(canvasBox.x + canvasBox.width / 2, canvasBox.y + canvasBox.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await zoom()).toBe(zoomBefore);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The reader in the article moves the date on, then clicks what happened there.
  const dateBefore = await frame.locator('.timeline-date').textContent();
  await frame.getByRole('button', { name: 'Next event' }).click();
  await expect(frame.locator('.timeline-date')).not.toHaveText(dateBefore ?? '');
  await frameMapIdle(frame);
  const marker = await shownMarker(frame);
  const box = await frame.locator('.map canvas').boundingBox();
  if (!marker || !box) throw new Error('no marker drawn in the embed');
  await page.mouse.click(box.x + marker.x, box.y + marker.y);
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(before + 50);
  await expect
    .poll(() =>
      frame.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return root.scrollHeight - root.clientHeight;
      }),
    )
    .toBe(0);
});

test('a still embed ignores drags and clicks, and has no slider', async ({ page }) => {
  await gotoReady(page, VIEW);
  const code = await embedCodeFrom(page, { still: true });
  expect(code).toContain('static=1');
  const frame = await openHost(page, code);
  await frameMapIdle(frame);
  await expect(frame.locator('input[type="range"]')).toHaveCount(0);
  await expect(frame.getByTestId('still-caption')).toContainText('events on the map');
  const center = () => frame.evaluate(() => window.__borderMap?.getCenter().toArray());
  const before = await center();
  const canvas = frame.locator('.map canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  // A drag across the map, like a person would.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  await page.mouse.wheel(0, -400);
  await frameMapIdle(frame);
  expect(await center()).toEqual(before);
  // A click on a drawn event marker opens nothing.
  const marker = await shownMarker(frame);
  expect(marker).not.toBeNull();
  if (marker) await page.mouse.click(box.x + marker.x, box.y + marker.y);
  await expect(frame.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  await page.screenshot({ path: 'docs/screenshots/embed-still.png', fullPage: true });
});

test('an embed of a story opens at the same step, and its steps still work inside the article', async ({ page }) => {
  await gotoReady(page, '?story=crossings&step=3');
  const region = page.getByRole('region', { name: 'Story' });
  await expect(region).toContainText('Step 3 of');
  const stepTitle = await region.getByRole('heading', { level: 3 }).textContent();
  const code = await embedCodeFrom(page);
  expect(code).toContain('story=crossings');
  expect(code).toContain('step=3');
  await page.setViewportSize({ width: 1000, height: 800 });
  const frame = await openHost(page, code);
  const inFrame = frame.getByRole('region', { name: 'Story' });
  await expect(inFrame).toContainText('Step 3 of');
  await expect(inFrame.getByRole('heading', { level: 3 })).toHaveText(stepTitle ?? '');
  await inFrame.getByRole('button', { name: 'Next step' }).click();
  await expect(inFrame).toContainText('Step 4 of');
  await frameMapIdle(frame);
  await page.screenshot({ path: 'docs/screenshots/embed-story.png', fullPage: true });
});

test('printing the article prints the embedded map as a picture, with nothing to press', async ({ page }) => {
  await gotoReady(page, VIEW);
  const code = await embedCodeFrom(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  const frame = await openHost(page, code);
  await frameMapIdle(frame);
  await frame.evaluate(() => {
    (window as unknown as { __prints: number }).__prints = 0;
    window.addEventListener('beforeprint', () => {
      (window as unknown as { __prints: number }).__prints++;
    });
  });
  // The article printed as a PDF: Chromium tells the frame, as it tells the page.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
  expect(await frame.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
  // What the frame prints, held on the print stylesheet: the map as a picture of the map, no controls.
  await frame.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const picture = frame.locator('img.embed-print-map');
  await expect(picture).toBeVisible();
  await expect(frame.locator('.map canvas')).toBeHidden();
  await expect(frame.getByRole('button', { name: 'Play' })).toBeHidden();
  const colours = await picture.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(img, 0, 0);
    const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97)
      seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return seen.size;
  });
  expect(colours).toBeGreaterThan(30);
  await page.emulateMedia({ media: null });
  await frame.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(picture).toHaveCount(0);
});
