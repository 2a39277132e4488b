import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { countPixelsUnlike, expect, gotoReady, isLocal, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

interface Step {
  title: { en: string };
  date: string;
  mode?: string;
  window?: number;
  categories?: string[];
  layers?: string[];
  events?: string[];
  open?: string;
  camera?: { places?: string[]; bounds?: number[]; center?: number[] };
}
interface Story {
  id: string;
  title: { en: string };
  steps: Step[];
}

/** The built-in stories as the app serves them: the tests read their expectations from the file, not from a copy. */
async function servedStories(page: Page): Promise<Story[]> {
  const response = await page.request.get(`${BASE_URL}data/stories.json`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { stories: Story[] }).stories;
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

const storyRegion = (page: Page) => page.getByRole('region', { name: 'Story', exact: true });

/** What the page shows of a step: the slider, mode, categories, layers, rings and the camera's box. */
async function viewState(page: Page) {
  return page.evaluate(() => {
    const map = window.__borderMap;
    if (!map) throw new Error('no map');
    const b = map.getBounds();
    const ringed = map
      .querySourceFeatures('events')
      .filter((f) => map.getFeatureState({ source: 'events', id: String(f.properties.id) }).highlight === true)
      .map((f) => String(f.properties.id));
    const groups = new Map<string, boolean>();
    for (const layer of map.getStyle().layers) {
      const group = (layer.metadata as Record<string, { group?: string }> | undefined)?.['kgtj:tags']?.group;
      if (group) groups.set(group, (groups.get(group) ?? false) || map.getLayoutProperty(layer.id, 'visibility') !== 'none');
    }
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
    const checked = (selector: string) =>
      [...document.querySelectorAll<HTMLInputElement>(selector)].filter((i) => i.checked).map((i) => i.value || i.name);
    return {
      day: Number(slider?.value),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      ringed: [...new Set(ringed)].sort(),
      checkedCategories: checked('.filters-categories input[type="checkbox"]').length,
      layers: [...groups]
        .filter(([, on]) => on)
        .map(([g]) => g)
        .sort(),
      url: window.location.href,
    };
  });
}

/** Where the step's camera must reach: its places (from the map's own files) or, without them, its events. */
async function cameraPoints(page: Page, step: Step): Promise<[number, number][]> {
  return page.evaluate(async (s) => {
    const get = (f: string) => fetch(f).then((r) => r.json());
    const points = new Map<string, [number, number]>();
    for (const f of ['geo/towns.geojson', 'geo/checkpoints.geojson', 'geo/trijunction.geojson', 'geo/labels.geojson']) {
      for (const feature of (await get(f)).features) {
        const id = feature.properties.target ?? feature.properties.id;
        if (feature.geometry.type === 'Point') points.set(String(id), feature.geometry.coordinates);
      }
    }
    const record = await get('data/events.json');
    for (const e of record.events) points.set(e.id, e.location);
    const ids: string[] = s.camera?.places ?? s.events ?? [];
    return ids.map((id) => points.get(id)).filter((p): p is [number, number] => !!p);
  }, step);
}

test('a story link opens exactly its step; Next, Back and Exit walk it like a person would', async ({ page, record }) => {
  await gotoReady(page, '?date=2010-06-01');
  const stories = await servedStories(page);
  // The crossings story: its steps set the date, a window, categories, layers and a camera.
  const story = stories.find((s) => s.id === 'crossings') as Story;
  expect(story, 'the crossings story is built in').toBeTruthy();
  const step3 = story.steps[2] as Step;
  const step4 = story.steps[3] as Step;
  expect(step3.categories && step3.layers && step3.camera, 'step 3 sets filters, layers and a camera').toBeTruthy();

  // A new tab on the step's link.
  await gotoReady(page, `?story=${story.id}&step=3`);
  const region = storyRegion(page);
  await expect(region).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(story.title.en);
  await expect(region.locator('.story-progress')).toHaveText(new RegExp(`^Step 3 of ${story.steps.length}:`));
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(step3.title.en);
  await waitForMapIdle(page);
  let view = await viewState(page);
  expect(view.day).toBe(dayOf(step3.date));
  await expect(page.getByRole('combobox', { name: /^Show/ })).toHaveValue(step3.mode ?? 'cumulative');
  if (step3.mode === 'window') await expect(page.getByRole('combobox', { name: /^Months/ })).toHaveValue(String(step3.window));
  expect(view.checkedCategories).toBe(step3.categories?.length);
  expect(view.layers).toEqual([...(step3.layers ?? [])].sort());
  expect(view.ringed).toEqual([...(step3.events ?? [])].sort());
  // The highlighted events are marked in the list too.
  await expect(page.locator('.event-list .event-entry.is-in-step')).toHaveCount(step3.events?.length ?? 0);
  // The camera frames the step's places.
  const points = await cameraPoints(page, step3);
  expect(points.length).toBe(step3.camera?.places?.length);
  for (const [lon, lat] of points) {
    expect(lon).toBeGreaterThanOrEqual(view.bounds[0] as number);
    expect(lon).toBeLessThanOrEqual(view.bounds[2] as number);
    expect(lat).toBeGreaterThanOrEqual(view.bounds[1] as number);
    expect(lat).toBeLessThanOrEqual(view.bounds[3] as number);
  }
  // The density strip marks every step, the current one apart.
  await expect(page.locator('[data-testid="story-marks"] .story-mark')).toHaveCount(story.steps.length);
  await expect(page.locator('[data-testid="story-marks"] .story-mark.is-current')).toHaveAttribute('data-step', '3');

  await region.getByRole('button', { name: 'Next step' }).click();
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(step4.title.en);
  await expect(page).toHaveURL(/[?&]step=4(&|$)/);
  await waitForMapIdle(page);
  view = await viewState(page);
  expect(view.day).toBe(dayOf(step4.date));
  expect(view.ringed).toEqual([...(step4.events ?? [])].sort());

  await page.goBack();
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(step3.title.en);
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await page.goForward();
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(step4.title.en);

  await region.getByRole('button', { name: 'Exit story' }).click();
  await expect(storyRegion(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await waitForMapIdle(page);
  view = await viewState(page);
  expect(view.ringed).toEqual([]);
  await expect(page.locator('[data-testid="story-marks"]')).toHaveCount(0);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
});

test('the April 2021 story at the clash: its events ringed on the map, for the README', async ({ page }) => {
  await gotoReady(page, '?story=april-2021&step=6');
  const step = ((await servedStories(page)).find((s) => s.id === 'april-2021') as Story).steps[5] as Step;
  await expect(storyRegion(page).getByRole('heading', { level: 3 })).toHaveText(step.title.en);
  await waitForMapIdle(page);
  // The rings are drawn: the story-ring colour is on the canvas where the events are.
  const view = await viewState(page);
  expect(view.ringed).toEqual([...(step.events ?? [])].sort());
  const shot = await page.locator('.map canvas').screenshot();
  // The story ring's colour (#d6007a) is on the canvas.
  const { differing, total } = await countPixelsUnlike(page, shot, [214, 0, 122]);
  const ringPixels = total - differing;
  expect(ringPixels).toBeGreaterThan(20);
  await page.screenshot({ path: 'docs/screenshots/story-april-2021.png' });
});

test('Exit story puts back the free map the reader had: date, mode, filters and layers', async ({ page }) => {
  await gotoReady(page, '?date=2010-06-01&mode=window&window=24&categories=clash,incident&layers=batken,sughd,events');
  const before = await viewState(page);
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: /^Start the story “The September 2022 war”/ }).click();
  await expect(storyRegion(page)).toBeVisible();
  await storyRegion(page).getByRole('button', { name: 'Next step' }).click();
  await storyRegion(page).getByRole('button', { name: 'Exit story' }).click();
  await expect(storyRegion(page)).toHaveCount(0);
  await expect(page).toHaveURL(/date=2010-06-01/);
  await expect(page).toHaveURL(/mode=window/);
  await expect(page).toHaveURL(/window=24/);
  await expect(page).toHaveURL(/categories=clash,incident/);
  await expect(page).toHaveURL(/layers=batken,sughd,events/);
  const after = await viewState(page);
  expect(after.day).toBe(before.day);
});

test('keyboard only: open a story from the header, walk every step with the arrow keys, exit', async ({ page }) => {
  await gotoReady(page);
  const stories = await servedStories(page);
  const story = stories[0] as Story;
  await page.getByRole('button', { name: 'Stories', exact: true }).focus();
  await page.keyboard.press('Enter');
  // The panel takes the focus on its summary; Tab reaches the first story's Start.
  const start = page.getByRole('button', { name: `Start the story “${story.title.en}”` });
  for (let i = 0; i < 6 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  const region = storyRegion(page);
  await expect(region.getByRole('heading', { level: 3 })).toBeFocused();
  for (let n = 2; n <= story.steps.length; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(region.getByText(`Step ${n} of ${story.steps.length}`)).toBeVisible();
  }
  // At the end, → stays on the last step.
  await page.keyboard.press('ArrowRight');
  await expect(region.getByText(`Step ${story.steps.length} of ${story.steps.length}`)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(region.getByText(`Step ${story.steps.length - 1} of ${story.steps.length}`)).toBeVisible();
  const exit = region.getByRole('button', { name: 'Exit story' });
  // The controls sit above the step's title, where the focus is: back up to Exit.
  for (let i = 0; i < 10 && !(await exit.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(storyRegion(page)).toHaveCount(0);
});

test('Play advances on its own after the camera and a reading time, and pauses', async ({ page }) => {
  await gotoReady(page, '?story=crossings&step=1');
  const region = storyRegion(page);
  await region.getByRole('button', { name: 'Play story' }).click();
  await expect(region.getByText(/^Step 2 of/)).toBeVisible({ timeout: 40_000 });
  await region.getByRole('button', { name: 'Pause story' }).click();
  await page.waitForTimeout(6000);
  await expect(region.getByText(/^Step 2 of/)).toBeVisible();
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
]) {
  test(`axe: no serious violations with a story open (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await gotoReady(page, '?story=war-to-treaty&step=2');
    await expect(storyRegion(page)).toBeVisible();
    await waitForMapIdle(page);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
    ).toEqual([]);
    if (viewport.name === 'phone') {
      await page.screenshot({ path: 'docs/screenshots/story-phone.png' });
      // The story is a sheet at the bottom: the map above it stays in view.
      const sheet = await page.locator('.bottom-sheet').boundingBox();
      const map = await page.locator('.map canvas').boundingBox();
      expect(sheet && map).toBeTruthy();
      if (sheet && map) {
        expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(667 - 2);
        expect(sheet.y - map.y).toBeGreaterThan(150);
      }
    }
  });
}

test('bad story links open the map with a short notice', async ({ page, record }) => {
  await gotoReady(page, '?story=no-such-story&step=2');
  await expect(page.getByText('This link names a story that does not exist here (no-such-story)')).toBeVisible();
  await expect(storyRegion(page)).toHaveCount(0);
  await gotoReady(page, '?story=april-2021&step=99');
  await expect(page.getByText(/This story has \d+ steps, so there is no step 99/)).toBeVisible();
  await expect(storyRegion(page).getByText(/^Step 1 of/)).toBeVisible();
  await gotoReady(page, '?step=1#story=AAAA-not-a-story');
  await expect(page.getByText('The story in this link could not be opened')).toBeVisible();
  await expect(storyRegion(page)).toHaveCount(0);
  expect(record.errors).toEqual([]);
});

test('a personal story: two steps built from the map, saved, opened in a fresh browser, shared as a link', async ({
  page,
  browser,
}) => {
  await gotoReady(page, '?date=2014-01-31&mode=window&window=1');
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  const mine = page.locator('.my-story');
  await mine.getByLabel('Step title').fill('Shots near Vorukh');
  await mine.getByLabel('Step text').fill('January 2014, one month: what the record holds.');
  await mine.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(mine.getByText('Step 1 added.')).toBeVisible();
  await page.getByRole('slider', { name: 'Date' }).fill(String(dayOf('2021-05-01')));
  await waitForMapIdle(page);
  await mine.getByLabel('Step title').fill('April 2021');
  await mine.getByLabel('Step text').fill('The clash, a month after.');
  await mine.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(mine.locator('.my-story-step')).toHaveCount(2);
  // Reorder and back: the controls work on the list.
  await mine.getByRole('button', { name: 'Move step 2 up: April 2021' }).click();
  await expect(mine.locator('.my-story-step').first()).toContainText('April 2021');
  await mine.getByRole('button', { name: 'Move step 1 down: April 2021' }).click();
  await expect(mine.locator('.my-story-step').first()).toContainText('Shots near Vorukh');

  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Save as a file' }).click();
  const file = await (await download).path();
  expect(file).toBeTruthy();

  // A fresh browser context: nothing kept, the file opened.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await fresh.newPage();
  await gotoReady(other);
  await other.getByRole('button', { name: 'Stories', exact: true }).click();
  await other
    .locator('.my-story')
    .getByLabel('Open a story file')
    .setInputFiles(file as string);
  await expect(other.locator('.my-story-step')).toHaveCount(2);
  await other.getByRole('button', { name: 'Start your story' }).click();
  const region = storyRegion(other);
  await expect(region.getByText('Step 1 of 2')).toBeVisible();
  await expect(region.getByRole('heading', { level: 3 })).toHaveText('Shots near Vorukh');
  expect(Number(await other.getByRole('slider', { name: 'Date' }).inputValue())).toBe(dayOf('2014-01-31'));
  await region.getByRole('button', { name: 'Exit story' }).click();

  // Shared as a link: the story travels inside it and opens the same two steps elsewhere.
  await other.getByRole('button', { name: 'Stories', exact: true }).click();
  await other.getByRole('button', { name: 'Copy a link to this story' }).click();
  const link = await other.getByLabel('Link to your story').inputValue();
  expect(link).toMatch(/#story=[A-Za-z0-9_-]+/);
  await fresh.close();
  const third = await browser.newPage();
  await gotoReady(third, link.replace(BASE_URL, ''));
  const shared = storyRegion(third);
  await expect(shared.getByText('Step 1 of 2')).toBeVisible();
  await expect(shared.getByRole('heading', { level: 3 })).toHaveText('Shots near Vorukh');
  await shared.getByRole('button', { name: 'Next step' }).click();
  await expect(shared.getByRole('heading', { level: 3 })).toHaveText('April 2021');
  await waitForMapIdle(third);
  expect(Number(await third.getByRole('slider', { name: 'Date' }).inputValue())).toBe(dayOf('2021-05-01'));
  await third.close();
});
