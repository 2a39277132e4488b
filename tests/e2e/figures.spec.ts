import type { Page } from '@playwright/test';
import { LANGS } from '../../src/model/languages';
import { MESSAGES } from '../allMessages';
import { expect, gotoReady, test } from './fixtures';

const CLASH_2021 = 'kyrgyz-tajik-clash-2021-04-28';
/** The events with the most figures and the longest texts: the widest details there are. */
const WIDEST = [
  'kyrgyz-tajik-clash-2022-09-14',
  CLASH_2021,
  'datka-sughd-line-launched-2025-03-31',
  'border-villages-resettlement-2025-11',
];

test('at 1280×800 the April 2021 clash answers “how many died” per side without scrolling', async ({ page, record }) => {
  await gotoReady(page, `?date=2021-05-05&event=${CLASH_2021}`);
  const details = page.getByRole('region', { name: 'Event details' });
  const summary = details.getByRole('region', { name: 'Figures at a glance' });
  await expect(summary).toBeVisible();
  const killed = summary.locator('[data-metric="killed"]');
  await expect(killed.locator('dt')).toHaveText('Killed');
  await expect(killed.locator('dd[data-side="KG"]')).toHaveText('Kyrgyzstan: 34–36 (4 sources)');
  await expect(killed.locator('dd[data-side="TJ"]')).toHaveText('Tajikistan: 16–19 (2 sources)');
  // Killed comes before every other metric.
  await expect(summary.locator('dt').first()).toHaveText('Killed');

  const box = await summary.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('no layout');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The high end of Tajikistan's range names its source and jumps to its row in the full table.
  const high = killed.locator('dd[data-side="TJ"] button').last();
  await expect(high).toHaveAttribute('title', /^AFP \(via The News\), 2021-05-07/);
  await high.click();
  const row = details.locator('tr:focus');
  await expect(row).toContainText('19');
  await expect(row).toContainText('AFP (via The News)');
  await expect(row).toBeInViewport();
  expect(record.errors).toEqual([]);
});

/** Every element of the details that is wider than the panel or reaches past its right edge. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.event-details');
    if (!panel) return ['no details panel'];
    const out: string[] = [];
    if (panel.scrollWidth > panel.clientWidth + 1) out.push(`panel scrollWidth ${panel.scrollWidth} > ${panel.clientWidth}`);
    const right = panel.getBoundingClientRect().right;
    const vw = document.documentElement.clientWidth;
    if (right > vw + 1) out.push(`panel right ${right} > viewport ${vw}`);
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 40)}”`;
      if (r.right > right + 1) out.push(`${name} right ${Math.round(r.right)} > panel ${Math.round(right)}`);
      if (el.scrollWidth > panel.clientWidth + 1) out.push(`${name} scrollWidth ${el.scrollWidth} > panel ${panel.clientWidth}`);
    }
    return out;
  });
}

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const lang of LANGS) {
      test(`no part of the widest event details is wider than the panel in ${lang}`, async ({ page, record }) => {
        for (const id of WIDEST) {
          await page.goto(`?lang=${lang}&event=${id}`);
          const details = page.getByRole('region', { name: MESSAGES[lang]['details.region'] });
          await expect(details.locator('h2')).toBeVisible({ timeout: 30_000 });
          await expect(details.locator('.figures table')).toBeAttached();
          // The Source column is there, and (checked below with everything else) inside the panel.
          await expect(details.locator('.figures thead th').last()).toHaveText(MESSAGES[lang]['details.figure.source']);
          expect(await overflowing(page), `${id} in ${lang}`).toEqual([]);
        }
        expect(record.errors).toEqual([]);
      });
    }
  });
}
