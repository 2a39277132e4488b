import { test as base, expect, type Page } from '@playwright/test';

export interface PageRecord {
  requests: string[];
  errors: string[];
}

/**
 * Every page records each request it makes and every uncaught error, so any test can assert that
 * nothing left the origin and nothing threw.
 */
export const test = base.extend<{ record: PageRecord }>({
  record: async ({ page }, use) => {
    const record: PageRecord = { requests: [], errors: [] };
    page.on('request', (r) => record.requests.push(r.url()));
    page.on('pageerror', (e) => record.errors.push(String(e)));
    await use(record);
  },
});
export { expect };

export async function gotoReady(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** True for URLs served by the app itself (or created in the page, like blob: workers). */
export function isLocal(url: string, base: string): boolean {
  return url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * Counts pixels of a screenshot that differ from a colour, by decoding the PNG in the page itself
 * (no image library needed in Node).
 */
export async function countPixelsUnlike(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
): Promise<{ differing: number; total: number }> {
  return page.evaluate(
    async ({ b64, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let differing = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d =
          Math.abs((data[i] ?? 0) - rgb[0]) + Math.abs((data[i + 1] ?? 0) - rgb[1]) + Math.abs((data[i + 2] ?? 0) - rgb[2]);
        if (d > 24) differing++;
      }
      return { differing, total: data.length / 4 };
    },
    { b64: png.toString('base64'), rgb },
  );
}
