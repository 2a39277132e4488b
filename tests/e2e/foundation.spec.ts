import { mkdirSync } from 'node:fs';
import { BASE_URL } from '../../playwright.config';
import { countPixelsUnlike, expect, gotoReady, isLocal, test } from './fixtures';

const BACKGROUND: [number, number, number] = [0xd8, 0xe2, 0xe8];

test('the map loads offline, draws, and pans', async ({ page, record }) => {
  await gotoReady(page);

  // Every request stayed on the app's own origin.
  expect(record.requests.length).toBeGreaterThan(3);
  const foreign = record.requests.filter((u) => !isLocal(u, BASE_URL));
  expect(foreign).toEqual([]);

  // The geo layers were actually fetched (the border as its overview at this wide view, see
  // firstLoad.spec.ts) and the labels' glyphs came from the app's own files (scripts/glyphs).
  expect(record.requests.some((u) => /\/geo\/(overview\/)?border\.geojson$/.test(u))).toBe(true);
  for (const stack of ['Regular', 'Bold']) {
    expect(
      record.requests.some((u) => u.endsWith(`/glyphs/Noto%20Sans%20${stack}/0-255.pbf`)),
      stack,
    ).toBe(true);
  }

  // The canvas is not blank: most pixels differ from the plain background colour.
  const canvas = page.locator('.map canvas');
  const shot = await canvas.screenshot();
  const { differing, total } = await countPixelsUnlike(page, shot, BACKGROUND);
  expect(differing / total).toBeGreaterThan(0.3);

  // Labels were placed: the towns layer has rendered symbols on screen.
  const labels = await page.evaluate(() => window.__borderMap?.queryRenderedFeatures({ layers: ['towns-label'] }).length ?? 0);
  expect(labels).toBeGreaterThan(3);

  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/map-first-screen.png' });

  // A drag pans the map.
  const before = await page.evaluate(() => window.__borderMap?.getCenter().toArray());
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map canvas has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y - 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.__borderMap?.getCenter().toArray())).not.toEqual(before);
  const after = await page.evaluate(() => window.__borderMap?.getCenter().toArray());
  expect(after?.[0]).toBeGreaterThan(before?.[0] ?? Number.POSITIVE_INFINITY);

  expect(record.errors).toEqual([]);
});
