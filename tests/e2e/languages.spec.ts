import type { Page } from '@playwright/test';
import { type Lang, LOCALE_TAGS } from '../../src/model/languages';
import { MESSAGES } from '../allMessages';
import { expect, gotoReady, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

const LABEL_LAYERS = ['batken-label', 'sughd-label', 'towns-label', 'enclaves-label', 'checkpoints-label'];

/** The label texts MapLibre actually laid out on screen (evaluated text-field of rendered features). */
async function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.__borderMap;
    if (!map) throw new Error('no map');
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const field = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
      if (typeof field === 'string') return field;
      const sections = (field as { sections?: { text: string }[] } | undefined)?.sections ?? [];
      return sections.map((s) => s.text).join('');
    });
  }, LABEL_LAYERS);
}

/** The slider's date, and two towns as each language writes them (from the geo layers' name fields). */
const EXPECT: Record<Lang, { date: string; khujand: string; batken: string }> = {
  en: { date: '30 September 2022', khujand: 'Khujand', batken: 'Batken' },
  ru: { date: '30 сентября 2022 г.', khujand: 'Худжанд', batken: 'Баткен' },
  ky: { date: '2022-ж., 30-сентябрь', khujand: 'Ходжент', batken: 'Баткен' },
  tg: { date: '30 Сентябр 2022', khujand: 'Хуҷанд', batken: 'Ботканд' },
  uz: { date: '30-sentabr, 2022', khujand: 'Xoʻjand', batken: 'Botken' },
};

test('switching to each language changes the interface, <html lang>, the map labels and the slider date', async ({
  page,
  record,
}) => {
  await gotoReady(page, '?date=2022-09-30');
  let current: Lang = 'en';
  for (const lang of ['ru', 'ky', 'tg', 'uz', 'en'] as const) {
    await page.getByLabel(MESSAGES[current]['i18n.language'], { exact: true }).selectOption(lang);
    current = lang;
    const m = MESSAGES[lang];
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_TAGS[lang]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['app.title']);
    await expect(page.getByRole('heading', { name: m['events.heading'], exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: m['playback.play'], exact: true })).toBeVisible();
    await expect(page.getByRole('slider', { name: m['timeline.label'] })).toHaveAttribute('aria-valuetext', EXPECT[lang].date);
    await expect(page).toHaveURL(lang === 'en' ? /^(?!.*lang=)/ : new RegExp(`lang=${lang}`));

    await waitForMapIdle(page);
    await expect.poll(() => renderedLabels(page)).toContain(EXPECT[lang].khujand);
    const labels = await renderedLabels(page);
    expect(labels).toContain(EXPECT[lang].batken);
    expect(labels.filter((l) => l.trim() === '')).toEqual([]);
    const cyrillic = labels.filter((l) => /[\u0400-\u04FF]/.test(l)).length;
    // Uzbek (Latin) falls back to English, never to Russian; Cyrillic languages read Cyrillic labels.
    if (lang === 'uz' || lang === 'en') expect(cyrillic).toBe(0);
    else expect(cyrillic).toBe(labels.length);
    if (lang === 'tg') await page.screenshot({ path: 'docs/screenshots/tajik.png' });
  }
  expect(record.errors).toEqual([]);
});

test('?lang=tg opens in Tajik, with Tajik place names and event titles', async ({ page }) => {
  await gotoReady(page, '?lang=tg&date=2022-09-30&event=kyrgyz-tajik-clash-2022-09-14');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.tg['app.title']);
  // MapLibre's own controls speak Tajik too (a screen reader announces these names).
  await expect(page.getByRole('button', { name: MESSAGES.tg['mapui.zoomIn'] })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: MESSAGES.tg['map.name'] })
      .or(page.locator(`canvas[aria-label="${MESSAGES.tg['map.name']}"]`))
      .first(),
  ).toBeAttached();
  const details = page.getByRole('region', { name: MESSAGES.tg['details.region'] });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/[ҷқғӯӣҳ]/iu);
  await expect(details.locator('.details-summary')).toHaveText(/[ҷқғӯӣҳ]/iu);
  // The location note has no Tajik text yet: the English one is shown, marked as English.
  await expect(details.locator('dd [lang="en"]').first()).toBeVisible();
  await expect(details.locator('dd .fallback-mark').first()).toBeVisible();
  await waitForMapIdle(page);
  await expect.poll(() => renderedLabels(page)).toContain('Хуҷанд');
});

test.describe('in a Kyrgyz browser', () => {
  test.use({ locale: 'ky-KG' });
  test('the browser’s language is the default', async ({ page }) => {
    await gotoReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ky['app.title']);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the longest language still fits: no horizontal scrolling in Tajik or Kyrgyz', async ({ page }) => {
    for (const lang of ['tg', 'ky'] as const) {
      await gotoReady(page, `?lang=${lang}&date=2022-09-30`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByLabel(MESSAGES[lang]['i18n.language'], { exact: true })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('the search field shows its whole placeholder in every language', async ({ page }) => {
    for (const lang of Object.keys(LOCALE_TAGS) as Lang[]) {
      await gotoReady(page, `?lang=${lang}`);
      const field = page.locator('input.filters-search');
      await expect(field).toHaveAttribute('placeholder', MESSAGES[lang]['filters.search.placeholder']);
      // The placeholder's drawn width in the field's own font, against the room inside the field.
      const room = await field.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const inner = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return inner - ctx.measureText(input.placeholder).width;
      });
      expect(room, lang).toBeGreaterThan(0);
    }
  });
});
