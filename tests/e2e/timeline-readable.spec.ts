import type { Page } from '@playwright/test';
import { expect, gotoReady, test } from './fixtures';

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * Page x of a day, read from the year axis the app draws: the ticks carry each 1 January's day and
 * x (0–1), and the scale is linear within a year, so two neighbouring ticks place any day between.
 */
async function yearSpan(page: Page, year: number) {
  const tick = async (y: number) => {
    const el = page.locator(`[data-testid="density-year-tick"][data-year="${y}"]`);
    return { day: Number(await el.getAttribute('data-day')), x: Number(await el.getAttribute('data-x')) };
  };
  const box = await page.getByTestId('density-years').boundingBox();
  if (!box) throw new Error('no year axis');
  return { from: await tick(year), to: await tick(year + 1), box };
}

async function pageXOfDay(page: Page, iso: string): Promise<number> {
  const day = dayOf(iso);
  const { from, to, box } = await yearSpan(page, Number(iso.slice(0, 4)));
  const x = from.x + ((day + 0.5 - from.day) / (to.day - from.day)) * (to.x - from.x);
  return box.x + x * box.width;
}

/**
 * How far from `iso` a click may land: a pixel's worth of days either side, at least 3. A year's width
 * follows its events, so a quiet year packs more days into a pixel than a busy one.
 */
async function dayTolerance(page: Page, iso: string): Promise<number> {
  const { from, to, box } = await yearSpan(page, Number(iso.slice(0, 4)));
  const daysPerPixel = (to.day - from.day) / ((to.x - from.x) * box.width);
  return Math.max(3, Math.ceil(1.5 * daysPerPixel));
}

const shownDay = async (page: Page) => Number(await page.getByRole('slider', { name: 'Date' }).inputValue());

test('the year axis labels more than ten years at 1280 px, every decade, none overlapping', async ({ page }) => {
  await gotoReady(page, '?date=2010-01-01');
  const labels = page.getByTestId('density-year');
  await expect.poll(() => labels.count()).toBeGreaterThan(10);
  const boxes = [];
  for (const label of await labels.all()) {
    await expect(label).toBeVisible();
    const box = await label.boundingBox();
    if (box) boxes.push({ text: (await label.textContent()) ?? '', box });
  }
  const texts = boxes.map((b) => b.text);
  for (const decade of ['2000', '2010', '2020']) expect(texts).toContain(decade);
  boxes.sort((a, b) => a.box.x - b.box.x);
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1];
    const b = boxes[i];
    if (a && b) expect(b.box.x, `${a.text} and ${b.text} overlap`).toBeGreaterThanOrEqual(a.box.x + a.box.width);
  }
  // Busy years get the room: 2021 (eleven events) is drawn wider than 2000 (none).
  const width = async (y: number) => (await pageXOfDay(page, `${y + 1}-01-01`)) - (await pageXOfDay(page, `${y}-01-01`));
  expect(await width(2021)).toBeGreaterThan(2 * (await width(2000)));
});

test('year labels do not overlap at phone width either', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoReady(page, '?date=2010-01-01');
  const labels = page.getByTestId('density-year');
  await expect.poll(() => labels.count()).toBeGreaterThan(3);
  const boxes = (await Promise.all((await labels.all()).map((l) => l.boundingBox()))).flatMap((b) => (b ? [b] : []));
  boxes.sort((a, b) => a.x - b.x);
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1];
    const b = boxes[i];
    if (a && b) expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
  }
  const texts = await labels.allTextContents();
  for (const decade of ['2000', '2010', '2020']) expect(texts).toContain(decade);
});

test('clicking a crossing’s lane in mid-September 2022 goes to that day, not to the start of its status', async ({ page }) => {
  await gotoReady(page, '?date=2010-01-01');
  const lane = page.locator('.density-lane[data-lane^="checkpoint:"] svg').first();
  const box = await lane.boundingBox();
  if (!box) throw new Error('no crossing lane');
  const x = await pageXOfDay(page, '2022-09-15');
  await lane.click({ position: { x: x - box.x, y: box.height / 2 } });
  await expect.poll(() => shownDay(page)).not.toBe(dayOf('2010-01-01'));
  expect(Math.abs((await shownDay(page)) - dayOf('2022-09-15'))).toBeLessThanOrEqual(await dayTolerance(page, '2022-09-15'));
  await expect(page.locator('.timeline-date')).toContainText('September 2022');
});

test('a year label goes to its 1 January; the axis elsewhere to the day under the pointer', async ({ page }) => {
  await gotoReady(page, '?date=2010-01-01');
  await page.locator('[data-testid="density-year"]', { hasText: /^2021$/ }).click();
  await expect(page.locator('.timeline-date')).toHaveText('1 January 2021');
  const axis = await page.getByTestId('density-years').boundingBox();
  if (!axis) throw new Error('no year axis');
  // Late in the busiest (widest) year, right of its centred label: on the axis but off any label.
  const x = await pageXOfDay(page, '2021-11-20');
  const y = axis.y + axis.height - 2;
  const onLabel = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px as number, py as number)?.closest('[data-label-year]') !== null,
    [x, y],
  );
  expect(onLabel).toBe(false);
  await page.mouse.click(x, y);
  await expect.poll(() => shownDay(page)).not.toBe(dayOf('2021-01-01'));
  expect(Math.abs((await shownDay(page)) - dayOf('2021-11-20'))).toBeLessThanOrEqual(await dayTolerance(page, '2021-11-20'));
});

test('pressing on the slider’s track picks the day the strip shows at that x', async ({ page }) => {
  await gotoReady(page, '?date=2010-01-01');
  const track = page.getByTestId('timeline-track');
  const box = await track.boundingBox();
  if (!box) throw new Error('no track');
  const x = await pageXOfDay(page, '2021-04-28');
  await track.click({ position: { x: x - box.x, y: box.height / 2 } });
  await expect.poll(() => shownDay(page)).not.toBe(dayOf('2010-01-01'));
  expect(Math.abs((await shownDay(page)) - dayOf('2021-04-28'))).toBeLessThanOrEqual(await dayTolerance(page, '2021-04-28'));
  // The thumb is drawn where the pointer pressed.
  const thumb = await page.locator('.timeline-thumb').boundingBox();
  expect(Math.abs((thumb?.x ?? 0) + (thumb?.width ?? 0) / 2 - x)).toBeLessThanOrEqual(4);
});

test('timeline text is at least 12 px, bars are readable, and the key is explained in words', async ({ page }) => {
  await gotoReady(page, '?date=2022-12-31');
  const fontPx = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  for (const selector of ['.density-lane-label', '.density-year', '.density-readout', '.density-explain', '.timeline-count']) {
    expect(await fontPx(selector), selector).toBeGreaterThanOrEqual(12);
  }
  // And every visible piece of text anywhere in the timeline.
  await page.locator('.density-key summary').click();
  const small = await page.locator('section.timeline').evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((el) => {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || el.getClientRects().length === 0) return [];
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      return px < 12 ? [`${el.className || el.tagName}: ${px}px`] : [];
    }),
  );
  expect(small).toEqual([]);
  const explain = page.getByTestId('density-explain');
  await expect(explain).toBeVisible();
  await expect(explain).toContainText('Bars: events per month');
  await expect(explain).toContainText('status of the border');
  // Every month with an event is at least 4 px tall on screen.
  const heights = await page.locator('[data-testid="density-bar"]').evaluateAll((bars) =>
    bars.flatMap((g) => {
      const rects = [...g.querySelectorAll('rect:not(.density-hit)')];
      if (rects.length === 0) return [];
      const tops = rects.map((r) => r.getBoundingClientRect());
      return [Math.max(...tops.map((r) => r.bottom)) - Math.min(...tops.map((r) => r.top))];
    }),
  );
  expect(heights.length).toBeGreaterThan(10);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(3.9);
  // Pointing at a bar names its count under the strip.
  await page.locator('[data-testid="density-bar"][data-month="2022-09"]').hover();
  await expect(page.getByTestId('density-readout')).toContainText(/September 2022: \d+ event/);
});
