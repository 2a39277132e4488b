/// <reference types="vitest/config" />

import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { recordForLanguage } from './scripts/record/languageFile.mjs';
import { paletteCss, resolveCustomMedia } from './src/model/cssVariables.ts';
import { LANGUAGE_TABLE } from './src/model/languages.ts';
import { RECORD_FILE, recordFileFor } from './src/model/recordFiles.ts';

const PALETTE_CSS = 'virtual:palette.css';

/**
 * The stylesheets take their colours and breakpoint from src/model: the palette is served as custom
 * properties and `@media (--narrow)` is written out, before Vite's own CSS handling sees either.
 * Vite restarts when a file this config imports changes, so an edited palette is picked up.
 */
function modelCss(): Plugin {
  return {
    name: 'model-css',
    enforce: 'pre',
    resolveId: (id) => (id === PALETTE_CSS ? `\0${PALETTE_CSS}` : undefined),
    load: (id) => (id === `\0${PALETTE_CSS}` ? paletteCss() : undefined),
    transform: {
      filter: { id: { include: /\.css(?:$|\?)/, exclude: /[\\/]node_modules[\\/]/ } },
      handler: (code) => ({ code: resolveCustomMedia(code), map: null }),
    },
  };
}

/** The cuts of the record (all languages, or the one asked for), or why there are none. */
function languageFiles(only?: string): { files: Map<string, string> } | { error: string } {
  let record: object;
  try {
    record = JSON.parse(readFileSync(new URL(`./public/${RECORD_FILE}`, import.meta.url), 'utf8'));
  } catch (error) {
    return { error: String(error) };
  }
  const languages = LANGUAGE_TABLE.filter(({ id }) => only === undefined || recordFileFor(id) === only);
  return {
    files: new Map(
      languages.map(({ id, labelFallbacks }) => [
        recordFileFor(id),
        JSON.stringify(recordForLanguage(record, id, labelFallbacks)),
      ]),
    ),
  };
}

/**
 * The record cut to each reader's language, beside the full one: emitted into the build, and served
 * by the dev server from the current public/data/events.json. A record that does not parse emits
 * none: the app then falls back to the full file and says what is wrong with it.
 */
function recordByLanguage(): Plugin {
  return {
    name: 'record-by-language',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!/^data\/events\.[a-z]{2}\.json$/.test(path)) return next();
        // Made per request from the current file, for that language only, so an edit shows on reload.
        const cut = languageFiles(path);
        const body = 'files' in cut ? cut.files.get(path) : undefined;
        if (body === undefined) return next();
        res.setHeader('content-type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      const cut = languageFiles();
      if ('error' in cut) {
        this.warn(`public/data/events.json does not parse, so no language files were made: ${cut.error}`);
        return;
      }
      for (const [fileName, source] of cut.files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig({
  plugins: [modelCss(), recordByLanguage(), react()],
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
