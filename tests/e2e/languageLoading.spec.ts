import type { Page, Route } from '@playwright/test';
import { interpolate } from '../../src/i18n/translate';
import { LANGUAGE_NAMES } from '../../src/model/languages';
import { MESSAGES } from '../allMessages';
import { expect, gotoReady, type PageRecord, test } from './fixtures';

// Only the interface language's dictionary is fetched; English is in the main bundle.
const CHUNK = /\/assets\/messages\.(en|ru|ky|tg|uz)-[\w-]+\.js$/;

/** The languages whose dictionary chunk the page has asked for, in order. */
const chunksAsked = (record: PageRecord) =>
  record.requests.flatMap((url) => {
    const m = CHUNK.exec(new URL(url).pathname);
    return m ? [m[1]] : [];
  });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('a cold load asks for no other language’s texts', async ({ page, record }) => {
    await gotoReady(page);
    await expect(heading(page)).toHaveText(MESSAGES.en['app.title']);
    await page.waitForLoadState('networkidle');
    // The watcher sees the page's own scripts, so an absent chunk is absent, not unobserved.
    expect(record.requests.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    expect(chunksAsked(record)).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  test('?lang=tg fetches only the Tajik texts, and the heading is Tajik from its first paint', async ({ page, record }) => {
    // Every text the page's first heading ever holds, from before the app's first render.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __headings: string[] }).__headings = seen;
      new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (h1 && seen[seen.length - 1] !== h1.textContent) seen.push(h1.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await gotoReady(page, '?lang=tg');
    await expect(heading(page)).toHaveText(MESSAGES.tg['app.title']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
    await expect(page).toHaveTitle(MESSAGES.tg['app.title']);
    const headings = await page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);
    expect(headings).toEqual([MESSAGES.tg['app.title']]);
    await page.waitForLoadState('networkidle');
    expect(chunksAsked(record)).toEqual(['tg']);
    expect(record.errors).toEqual([]);
  });
});

test('switching Russian → Uzbek with the switcher loads the Uzbek texts, then speaks Uzbek', async ({ page, record }) => {
  await gotoReady(page, '?lang=ru');
  await expect(heading(page)).toHaveText(MESSAGES.ru['app.title']);
  expect(chunksAsked(record)).toEqual(['ru']);
  await page.getByLabel(MESSAGES.ru['i18n.language'], { exact: true }).selectOption('uz');
  await expect(heading(page)).toHaveText(MESSAGES.uz['app.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz-Latn');
  await expect(page.getByRole('button', { name: MESSAGES.uz['playback.play'], exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=uz/);
  expect(chunksAsked(record)).toEqual(['ru', 'uz']);
  expect(record.errors).toEqual([]);
});

test('a language whose texts cannot be fetched leaves the current one and says why', async ({ page, record }) => {
  await page.route(/\/assets\/messages\.uz-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await gotoReady(page, '?lang=ru');
  const switcher = page.getByLabel(MESSAGES.ru['i18n.language'], { exact: true });
  await switcher.selectOption('uz');
  const notice = interpolate(MESSAGES.ru['notice.languageLoad'], { language: LANGUAGE_NAMES.uz }, 'ru');
  await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
  expect(chunksAsked(record)).toContain('uz');
  await expect(heading(page)).toHaveText(MESSAGES.ru['app.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(switcher).toHaveValue('ru');
  await expect(page).toHaveURL(/lang=ru/);
  // The switcher still works for a language that can be fetched.
  await switcher.selectOption('ky');
  await expect(heading(page)).toHaveText(MESSAGES.ky['app.title']);
});

test('while a language loads the switcher stays usable, and the later choice wins', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/messages\.uz-[\w-]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await gotoReady(page, '?lang=ru');
  const switcher = page.getByLabel(MESSAGES.ru['i18n.language'], { exact: true });
  await switcher.selectOption('uz');
  await expect(switcher).toHaveValue('uz');
  await expect(switcher).toHaveAttribute('aria-busy', 'true');
  await expect(switcher).toBeEnabled();
  await expect(heading(page)).toHaveText(MESSAGES.ru['app.title']);
  await switcher.selectOption('tg');
  await expect(heading(page)).toHaveText(MESSAGES.tg['app.title']);
  const uzArrived = page.waitForResponse(/\/assets\/messages\.uz-[\w-]+\.js$/);
  release();
  // The Uzbek texts arrive after the reader chose Tajik: they change nothing.
  await uzArrived;
  await page.waitForTimeout(300);
  await expect(heading(page)).toHaveText(MESSAGES.tg['app.title']);
  const inTajik = page.getByLabel(MESSAGES.tg['i18n.language'], { exact: true });
  await expect(inTajik).toHaveValue('tg');
  await expect(inTajik).toHaveAttribute('aria-busy', 'false');
});
