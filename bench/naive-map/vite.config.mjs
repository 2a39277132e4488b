import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The naive-map page, built the way the app is (same Vite, target, relative base). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
