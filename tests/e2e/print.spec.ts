import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { expect, gotoReady, isLocal, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/*
 * The printed briefing, read back from the PDF Chromium makes of the page (page.pdf): the events
 * table has one row per event the app says is shown, the Tajik print carries Tajik letters in Noto
 * Sans, no control prints, and the pages are A4. window.print() is stubbed in the page (an init
 * script counts the calls): headless Chromium has no dialog, page.pdf() is the print.
 */

const A4 = { width: 595.28, height: 841.89 };

interface PdfText {
  str: string;
  x: number;
  y: number;
  page: number;
}

interface ReadPdf {
  items: PdfText[];
  /** All the text, whitespace removed: line breaks in a table cell split words anywhere. */
  squashed: string;
  pageSizes: { width: number; height: number }[];
  /** Every font the PDF embeds, subset prefix removed (e.g. "NotoSans-Regular"). */
  fonts: string[];
}

async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const items: PdfText[] = [];
  const pageSizes: ReadPdf['pageSizes'] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const { width, height } = page.getViewport({ scale: 1 });
    pageSizes.push({ width, height });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, page: p });
    }
  }
  // The font dictionaries are plain objects in Chromium's PDFs: their names can be read from the bytes.
  const raw = pdf.toString('latin1');
  const fonts = [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map((m) => m[1] ?? ''))];
  return {
    items,
    squashed: items
      .map((i) => i.str)
      .join('')
      .replace(/\s+/g, ''),
    pageSizes,
    fonts,
  };
}

/** The row numbers printed in the table's first column, page by page, in reading order. */
function rowNumbers(pdf: ReadPdf, numberHeader: string): number[] {
  const heads = pdf.items.filter((i) => i.str.trim() === numberHeader);
  expect(heads.length, `the table's "${numberHeader}" column heading`).toBeGreaterThan(0);
  const x = heads[0]?.x ?? 0;
  return pdf.items
    .filter((i) => Math.abs(i.x - x) < 1 && /^\d+$/.test(i.str.trim()))
    .sort((a, b) => a.page - b.page || b.y - a.y)
    .map((i) => Number(i.str.trim()));
}

/**
 * How many events the printed map shows, as the app says under the slider: "… · {count} in the map's
 * view" (the table lists those; the others are counted in a note).
 */
async function shownCount(page: Page): Promise<number> {
  const counter = page.locator('.timeline-count');
  await expect(counter).toContainText('·');
  const text = (await counter.textContent()) ?? '';
  const numbers = (text.split('·')[1] ?? '').match(/\d[\d\s\u00a0\u202f]*/g)?.map((m) => Number(m.replace(/\D/g, ''))) ?? [];
  expect(numbers.length, `one number after the dot in "${text}"`).toBe(1);
  const n = numbers[0] ?? Number.NaN;
  expect(Number.isInteger(n), `a count in "${text}"`).toBe(true);
  return n;
}

/** The labels of controls a print must not carry: the Share panel's, playback's and the header's. */
async function controlLabels(page: Page): Promise<string[]> {
  const labels = await page
    .locator('.share-buttons button, .share summary, .playback-toggle, .app-header button')
    .allInnerTexts();
  return [...new Set(labels.map((l) => l.replace(/\s+/g, '')).filter((l) => l.length >= 4))];
}

async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls++;
    };
  });
}

/** In print media: the controls the page would print (none), and whether the app or the briefing shows. */
async function printMediaState(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const state = await page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const controls = [...document.querySelectorAll('button, input, select, textarea, summary, [role="slider"], a.link-button')];
    const briefing = document.querySelector('.print-briefing');
    return {
      controls: controls.filter(visible).map((el) => el.outerHTML.slice(0, 80)),
      appShown: [...document.querySelectorAll('.app, .app-header, .map-pane, .side-pane')].some(visible),
      briefingShown: briefing ? visible(briefing) : false,
      rows: document.querySelectorAll('.print-events tbody tr').length,
      mapImage: document.querySelectorAll('.print-map-image > canvas, .print-map-image > img').length,
    };
  });
  return state;
}

const CASES = [
  // Cumulative: a long table over several pages (the heading repeats, rows are not split).
  { lang: 'en', path: '/?date=2022-09-20', numberHeader: 'No.' },
  // A window of three months, in Tajik: its letters must print in Noto Sans.
  { lang: 'tg', path: '/?date=2022-09-20&mode=window&window=3&lang=tg', numberHeader: '№' },
] as const;

for (const c of CASES) {
  test(`Print briefing (${c.lang}): one row per event on screen, sources, citation, no controls, A4, Noto Sans`, async ({
    page,
    record,
    baseURL,
  }) => {
    await stubPrint(page);
    await gotoReady(page, c.path);
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(2);
    await page.locator('.share > summary').click();
    const labels = await controlLabels(page);
    expect(labels.length, labels.join(' | ')).toBeGreaterThan(8);
    const button = page.locator('.share-publish button', { hasText: c.lang === 'en' ? 'Print briefing' : 'Чопи маълумотнома' });
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
    await expect(button).toBeEnabled();

    const state = await printMediaState(page);
    expect(state.controls).toEqual([]);
    expect(state.appShown).toBe(false);
    expect(state.briefingShown).toBe(true);
    expect(state.mapImage).toBe(1);
    expect(state.rows).toBe(count);
    if (c.lang === 'en') {
      await page.setViewportSize({ width: 794, height: 1123 });
      mkdirSync('docs/screenshots', { recursive: true });
      await page.screenshot({ path: 'docs/screenshots/briefing-en.png' });
    }
    await page.emulateMedia({ media: null });
    // On screen the briefing never shows.
    await expect(page.locator('.print-briefing')).toBeHidden();

    // What the briefing says, read before printing: afterprint (page.pdf fires it) drops the briefing.
    const link = await page.evaluate(() => document.querySelector('.print-cite a')?.getAttribute('href') ?? '');
    const title = await page.evaluate(() => document.querySelector('.print-head h1')?.textContent ?? '');
    const titles = await page
      .locator('.print-event')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
    expect(titles.length).toBe(count);
    const headings = await page.locator('.print-briefing h2').evaluateAll((hs) => hs.map((h) => h.textContent ?? ''));
    const pdfBytes = await page.pdf({ format: 'A4' });
    const pdf = await readPdf(pdfBytes);
    for (const size of pdf.pageSizes) {
      expect(Math.abs(size.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(size.height - A4.height)).toBeLessThan(1);
    }
    // One row per event shown, numbered 1…n in order across the pages.
    expect(rowNumbers(pdf, c.numberHeader)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    // The table's heading repeats on every page that holds rows of it.
    const x = pdf.items.find((i) => i.str.trim() === c.numberHeader)?.x ?? 0;
    const rowPages = new Set(pdf.items.filter((i) => Math.abs(i.x - x) < 1 && /^\d+$/.test(i.str.trim())).map((i) => i.page));
    const headPages = new Set(pdf.items.filter((i) => i.str.trim() === c.numberHeader).map((i) => i.page));
    expect(rowPages.size).toBeGreaterThan(1);
    expect([...rowPages].filter((p) => !headPages.has(p))).toEqual([]);

    // The title, the sources, the citation and the link are there.
    expect(link.startsWith(baseURL ?? 'http')).toBe(true);
    expect(link).toContain('date=2022-09-20');
    expect(pdf.squashed).toContain(link.replace(/\s+/g, ''));
    // Every heading: the events, the numbered sources, how to cite.
    expect(headings.length).toBe(3);
    for (const h of headings) expect(pdf.squashed).toContain(h.replace(/\s+/g, ''));
    expect(pdf.squashed).toContain(title.replace(/\s+/g, ''));

    if (c.lang === 'tg') {
      // The events' own Tajik titles, with the letters only Tajik has.
      const tajik = titles.filter((t) => /[ӣӯҳқғҷ]/.test(t));
      expect(tajik.length).toBeGreaterThan(0);
      for (const t of tajik) expect(pdf.squashed).toContain(t.replace(/\s+/g, ''));
    }

    for (const label of labels) expect(pdf.squashed, `control label "${label}" in the PDF`).not.toContain(label);

    // Noto Sans for every letter: any other font would be the fallback standing in for missing glyphs.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) expect(font).toMatch(/^NotoSans/);

    expect(record.errors).toEqual([]);
    expect(record.requests.filter((u) => !isLocal(u, baseURL ?? ''))).toEqual([]);
  });
}

// Russian, Kyrgyz and Uzbek through the browser's own print: every script in Noto Sans.
for (const lang of ['ru', 'ky', 'uz'] as const) {
  test(`the browser’s own print (Ctrl+P, ${lang}) prints the briefing, not the app`, async ({ page, record, baseURL }) => {
    await gotoReady(page, `/?date=2022-09-20&mode=window&window=12&lang=${lang}`);
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(2);
    // What the browser does on Ctrl+P: beforeprint, then the page laid out for print. Until the print
    // code has loaded (fetched when the page is idle) the briefing comes without its map: print again.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          return page.locator('.print-map-image > canvas').count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    const state = await printMediaState(page);
    expect(state.controls).toEqual([]);
    expect(state.appShown).toBe(false);
    expect(state.briefingShown).toBe(true);
    expect(state.rows).toBe(count);
    // The map copied within the task is a picture, not a blank canvas.
    const distinct = await page.evaluate(() => {
      const canvas = document.querySelector('.print-map-image > canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 101)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    });
    expect(distinct).toBeGreaterThan(50);

    // The faces were fetched ahead with the print code: the letters print in Noto Sans.
    await expect.poll(() => page.evaluate(() => document.fonts.check('12px "Noto Sans Print"', 'Яя ҷ ң ʻ'))).toBe(true);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(rowNumbers(pdf, '№')).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const font of pdf.fonts) expect(font).toMatch(/^NotoSans/);
    // Chromium fires afterprint after page.pdf: the briefing is dropped, never kept up to date on screen.
    await expect(page.locator('.print-briefing')).toHaveCount(0);
    // And a print with nothing prepared (Chromium's own beforeprint, as on Ctrl+P) still prints the briefing.
    // (The map has been resized for the print and back: its view is read again once it has settled.)
    await waitForMapIdle(page);
    const countAgain = await shownCount(page);
    const again = await readPdf(await page.pdf({ format: 'A4' }));
    expect(rowNumbers(again, '№')).toEqual(Array.from({ length: countAgain }, (_, i) => i + 1));
    expect(again.squashed).not.toContain('▶');
    expect(record.errors).toEqual([]);
    expect(record.requests.filter((u) => !isLocal(u, baseURL ?? ''))).toEqual([]);
  });
}
