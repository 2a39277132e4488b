import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bench's bare MapLibre pages, built the way the app is (same Vite, target, relative base):
 * this folder's floor page, and bench/naive-map/ with its `root` given at build time (bench/run.mjs).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
