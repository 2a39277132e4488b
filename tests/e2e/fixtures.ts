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
 * Decodes a PNG in the page itself (no image library needed in Node) and reports how many pixels
 * differ from a colour, and how many distinct colours a sample of every 97th pixel holds.
 */
export async function pngStats(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
): Promise<{ differing: number; total: number; sampledColours: number }> {
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
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        if (Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) > 24) differing++;
        if ((i / 4) % 97 === 0) seen.add((r << 16) | (g << 8) | b);
      }
      return { differing, total: data.length / 4, sampledColours: seen.size };
    },
    { b64: png.toString('base64'), rgb },
  );
}

/** Pixels of a screenshot that differ from a colour. */
export async function countPixelsUnlike(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
): Promise<{ differing: number; total: number }> {
  const { differing, total } = await pngStats(page, png, rgb);
  return { differing, total };
}
