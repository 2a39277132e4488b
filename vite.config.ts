/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app also works from a sub-path or a file mirror.
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change rarely and the app often: separate chunks keep the browser's cache of
        // MapLibre and React across app releases, and let the budget check measure the app alone.
        codeSplitting: {
          groups: [
            { name: 'vendor-maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
            { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // The CSV parser is only needed once someone imports a file: it stays in the lazy import chunk.
            { name: 'vendor', test: /[\\/]node_modules[\\/](?!papaparse[\\/])/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'scripts/geo/node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
