import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { DIST } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ but answers data/events.json from whichever file the current dataset points at:
 * swapping it server-side avoids pushing up to ~90 MB through Playwright's route interception.
 */
export function startServer() {
  const state = { eventsFile: join(DIST, 'data/events.json'), englishCut: null };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Chromium asks for one unprompted; a 404 would read as a console error in the page.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    // A synthetic record's English cut sits beside it; the real record's cuts are in the build.
    const cut = state.englishCut && path.endsWith('/data/events.en.json') ? state.englishCut : null;
    let file = path.endsWith('/data/events.json') ? state.eventsFile : (cut ?? normalize(join(DIST, path)));
    if (!file.startsWith(DIST + sep) && file !== state.eventsFile && file !== cut) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // no-store: a cold load must fetch everything, whatever the context does with its cache.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    // Port 0: the OS picks a free one, so this never collides with the e2e server on 4173.
    server.listen(0, '127.0.0.1', () => ok({ server, state, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}
