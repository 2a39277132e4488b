/**
 * The benchmark's side of the page: opening the app in a fresh context and the helpers installed
 * into it, which take every measurement on the page's own clock.
 */
export const VIEWPORT = { width: 1280, height: 800 };

/*
 * Installed into the page once it is ready. `settle` is the one measuring primitive: it starts the
 * clock, performs the change, and stops at the map's next 'idle'. A change that draws nothing
 * (same value, or React decides there is nothing to do) would leave us waiting for an 'idle' that
 * never comes, so if no frame was rendered two frames later the step counts as done.
 */
function installPageHelpers() {
  const map = window.__borderMap;
  const input = document.querySelector('input[type="range"][aria-label="Date"]');
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;

  const settle = (change) =>
    new Promise((resolve) => {
      let renders = 0;
      let done = false;
      const onRender = () => {
        renders++;
      };
      const finish = (how) => {
        if (done) return;
        done = true;
        map.off('render', onRender);
        map.off('idle', onIdle);
        clearTimeout(timer);
        resolve({ ms: performance.now() - t0, how });
      };
      const onIdle = () => finish('idle');
      map.on('render', onRender);
      map.on('idle', onIdle);
      const timer = setTimeout(() => finish('timeout'), 60_000);
      const t0 = performance.now();
      change();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (renders === 0 && map.loaded() && !map.isMoving()) finish('noop');
        }),
      );
    });

  // Same day arithmetic as src/data/eventInterval.ts, re-done here so the baseline needs nothing from the bundle.
  const dayOf = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
  const interval = (e) => {
    const [y, m = 1, d = 1] = e.date.split('-').map(Number);
    const start = dayOf(y, m, d);
    let natural;
    if (e.precision === 'day') natural = start + 1;
    else if (e.precision === 'month') natural = dayOf(y, m + 1, 1);
    else if (e.precision === 'season') natural = dayOf(y, m + 3, 1);
    else natural = dayOf(y + 1, 1, 1);
    if (e.end) {
      const [ey, em, ed] = e.end.split('-').map(Number);
      return { start, end: dayOf(ey, em, ed) + 1 };
    }
    return { start, end: natural };
  };
  // markerRadius(severity(e)) from src/map/eventFeatures.ts and src/state/selectors.ts.
  const radius = (e) => {
    let max = 0;
    for (const f of e.figures) if (f.metric === 'killed' || f.metric === 'injured') max = Math.max(max, f.value);
    return Math.min(18, 6 + Math.sqrt(max) * 0.9);
  };

  /*
   * Counts what the app sends to the events source. Re-sending the data on every step is the
   * regression the quick guard exists for, and a count catches it without any timing noise.
   */
  const source = map.getSource('events');
  let sends = 0;
  for (const method of ['setData', 'updateData']) {
    const original = source[method];
    source[method] = function (...args) {
      sends++;
      return original.apply(this, args);
    };
  }

  let naiveFeatures = [];
  const hiddenBefore = {};
  window.__bench = {
    settle,
    scrub: (value) =>
      settle(() => {
        valueSetter.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    sends: () => sends,
    /** Hides (and later restores) every style layer, untimed: see the frame floor phase. */
    hideAllLayers: (hide) =>
      settle(() => {
        for (const layer of map.getStyle().layers) {
          if (hide) {
            if (!(layer.id in hiddenBefore)) hiddenBefore[layer.id] = map.getLayoutProperty(layer.id, 'visibility') ?? 'visible';
            map.setLayoutProperty(layer.id, 'visibility', 'none');
          } else if (layer.id in hiddenBefore) {
            map.setLayoutProperty(layer.id, 'visibility', hiddenBefore[layer.id]);
          }
        }
        if (!hide) for (const id of Object.keys(hiddenBefore)) delete hiddenBefore[id];
        map.triggerRepaint();
      }),
    /** `--simulate-resend`: the regression the quick guard must catch, to prove that it does. */
    simulateResend: async () => {
      const data = await source.getData();
      input.addEventListener('input', () => source.setData(data));
    },
    range: () => ({ min: Number(input.min), max: Number(input.max), value: Number(input.value) }),
    heapMB: async () => {
      // Two passes: the first can leave objects that only the second frees (weak refs, finalizers).
      window.gc();
      await new Promise((r) => setTimeout(r, 50));
      window.gc();
      return performance.memory.usedJSHeapSize / 1024 / 1024;
    },
    /** The "no global state" design: the filter lets everything through and every step re-sends the data. */
    prepareNaive: async () => {
      const file = await (await fetch('data/events.json', { cache: 'no-store' })).json();
      naiveFeatures = file.events.map((e) => {
        const { start, end } = interval(e);
        return {
          type: 'Feature',
          id: e.id,
          geometry: { type: 'Point', coordinates: [e.location[0], e.location[1]] },
          properties: { id: e.id, start, end, category: e.category, radius: radius(e) },
        };
      });
      return settle(() => {
        // Global state opens any filter that reads the date (the density layer, and the events
        // layers in builds that filter on it); feature-state opens the layers that read `shown`.
        // Both once, untimed: what the baseline times is only the per-step setData.
        map.setGlobalStateProperty('day', 1e9);
        map.setGlobalStateProperty('minEnd', -1e9);
        for (const f of naiveFeatures) map.setFeatureState({ source: 'events', id: f.id }, { shown: true, recent: false });
      });
    },
    naive: (day) =>
      settle(() => {
        map.getSource('events').setData({
          type: 'FeatureCollection',
          features: naiveFeatures.filter((f) => f.properties.start <= day),
        });
      }),
    frameDeltas: (ms) =>
      new Promise((resolve) => {
        const deltas = [];
        let last = performance.now();
        const end = last + ms;
        const frame = (now) => {
          deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else resolve(deltas);
        };
        requestAnimationFrame(frame);
      }),
  };
}

/**
 * A fresh context on `url`, waited on until the map says it is ready (`data-map-ready`, the same
 * signal on the app and the floor page), with every page problem recorded. `layout` is the viewport
 * (and `mobile` for a phone: touch and the device's layout viewport); `initScript` runs before any page script.
 */
export async function openPage(browser, url, layout, { problems, notes }, { initScript, timeoutMs = 300_000 } = {}) {
  const context = await browser.newContext({
    viewport: layout.viewport,
    ...(layout.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
  });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.includes('skipped invalid records')) problems.push(`skipped invalid records: ${text.slice(0, 300)}`);
    // Reported, not failed on: only invalid records, page errors and missing events fail the run.
    else if (msg.type() === 'error') notes.push(`console error: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // What the first picture needed: the paths fetched before ready (the print faces, the full
  // outlines and any other language's texts are fetched once the page is idle after it). Sorted by
  // the browser's own start time against the ready mark: a request sent just after ready can reach
  // this process before the ready attribute does.
  const requests = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(url, { timeout: timeoutMs });
  await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: timeoutMs });
  const { readyMs, readyEpoch } = await page.evaluate(() => {
    const ready = performance.getEntriesByName('border-map-ready')[0]?.startTime ?? null;
    return { readyMs: ready, readyEpoch: performance.timeOrigin + (ready ?? performance.now()) };
  });
  // A request's timing fills in with its response: one with none yet (startTime -1) was sent in the
  // last moments, after ready, since everything the first picture needed has arrived by then.
  const requested = new Set(
    requests
      .filter((r) => {
        const start = r.timing().startTime;
        return start > 0 && start <= readyEpoch;
      })
      .map((r) => new URL(r.url()).pathname),
  );
  return { context, page, readyMs, requested: [...requested].sort() };
}

/**
 * The load's tail done: the full outlines swapped in after the first map (src/map/geoDetail.ts,
 * `data-geo-detail`) and the map idle again. Step phases measure steady scrubbing; the swap is the
 * last of the load's work, and a step that met it would time the load instead.
 */
export async function afterLoadTail(page) {
  await page.waitForSelector('html[data-geo-detail="true"]', { state: 'attached', timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const map = window.__borderMap;
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', resolve);
      }),
  );
}

/** The app checked to hold all `expectedTotal` events (it drops invalid records with only a warning), helpers installed. */
export async function checkApp(page, expectedTotal, { problems }) {
  const scale = (await page.locator('.timeline-scale').textContent()) ?? '';
  if (!scale.replace(/[,\s\u00a0\u202f]/g, '').includes(`of${expectedTotal}events`)) {
    problems.push(`expected ${expectedTotal} events, slider says "${scale.replace(/\s+/g, ' ')}"`);
  }
  await page.evaluate(installPageHelpers);
}

/** A fresh context on the app at the desktop size, checked and with the helpers above installed. */
export async function openApp(browser, base, query, expectedTotal, issues, timeoutMs) {
  const opened = await openPage(browser, `${base}${query}`, { viewport: VIEWPORT }, issues, { timeoutMs });
  await checkApp(opened.page, expectedTotal, issues);
  return opened;
}
