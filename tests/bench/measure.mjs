// Browser measurements for the benchmark: first paint and content, corpus decode, hover latency; each in a fresh, cold context.

/**
 * Installed before any script of the page: records first contentful paint, when `selector` first
 * matches, and when the app has adopted the prerendered copy, every part of it (`#app[data-live]`).
 */
function probe(selector) {
  const bench = { fcp: null, ready: null, live: null, started: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  addEventListener('TrunkApplicationStarted', () => {
    bench.started = performance.now();
  });
  const check = () => {
    if (bench.ready === null && document.querySelector(selector)) bench.ready = performance.now();
    if (bench.live === null && document.querySelector('#app[data-live]')) bench.live = performance.now();
    if (bench.ready !== null && bench.live !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-live'] });
}

/**
 * Opens `url` in a new context (empty cache) and returns, in ms from navigation start:
 * `fcp`, `ready` (when `selector` first matched), `live` (when the app took over: its buttons
 * answer; null for a page that is not the app's), `started` (Trunk's start event: wasm fetched,
 * compiled, instantiated and the app mounted), `decode` (the app's `corpus-decode` measure, a
 * duration) and the list of requests.
 */
export async function visit(browser, url, selector, { timeout = 60_000, app = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (err) => problems.push(String(err)));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('response', (res) => {
      requests.push({ url: res.url(), status: res.status(), encoding: res.headers()['content-encoding'] ?? null });
    });
    await page.addInitScript(probe, selector);
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(
      (app) => window.__bench.fcp !== null && window.__bench.ready !== null && (!app || window.__bench.live !== null),
      app,
      { timeout },
    );
    const result = await page.evaluate(() => {
      const decode = performance.getEntriesByName('corpus-decode', 'measure')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__bench,
        decode: decode ? decode.duration : null,
        decodeAt: decode ? decode.startTime : null,
        loaded: nav ? nav.loadEventEnd : null,
      };
    });
    if (problems.length > 0) {
      throw new Error(`${url} reported: ${problems.join('; ')}`);
    }
    return { ...result, requests };
  } finally {
    await context.close();
  }
}

/**
 * Hover latency on one article, over every annotation: for each `button.mark` in the main
 * content, the time from the event that opens its card to the card (the element its
 * `aria-controls` or `aria-describedby` names) being in the DOM.
 *
 * - `focus`: `focus({ preventScroll: true })` in the page, which opens the card with no delay;
 *   measured entirely inside the page (performance.now() before focusing, and in the
 *   MutationObserver callback that first sees the card).
 * - `pointer`: Playwright moves the real (CDP) mouse onto the mark; from the `pointerover`
 *   event's timestamp to the card in the DOM, minus the mark's intentional open delay
 *   (`openDelayMs`, 200 ms in src/app/components/annotation.rs). Each card is closed (a press
 *   outside it) before the next annotation, so that it cannot cover the next one.
 */
/**
 * Installs `window.cardShown(button, ms)` in the page: a promise of the `performance.now()` at
 * which the button's card is in the DOM (at once if it already is), or null after `ms`.
 */
function installCardProbe() {
  const cardOf = (button) => {
    const names = `${button.getAttribute('aria-controls') ?? ''} ${button.getAttribute('aria-describedby') ?? ''}`;
    const ids = names.split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)).find(Boolean) ?? null;
  };
  window.cardShown = (button, ms) =>
    new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (cardOf(button)) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      if (cardOf(button)) {
        observer.disconnect();
        resolve(performance.now());
      }
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, ms);
    });
}

export async function hover(browser, url, { openDelayMs, pointer = true, timeout = 60_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout });
    // The prerendered copy's buttons are there at once, but only the app's open cards.
    await page.locator('#app[data-live] main p button.mark').first().waitFor({ timeout });
    await page.evaluate(installCardProbe);
    const focus = await page.evaluate(async () => {
      const times = [];
      const missed = [];
      const buttons = [...document.querySelectorAll('main button.mark')];
      for (const [i, button] of buttons.entries()) {
        const shown = window.cardShown(button, 2000);
        const t0 = performance.now();
        button.focus({ preventScroll: true });
        const t1 = await shown;
        if (t1 === null) missed.push(i);
        else times.push(t1 - t0);
        button.blur();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { count: buttons.length, times, missed };
    });
    let pointerResult = null;
    if (pointer) {
      await page.evaluate(() => {
        window.__over = new Map();
        document.addEventListener(
          'pointerover',
          (event) => {
            const button = event.target.closest?.('button.mark');
            if (button && !window.__over.has(button)) window.__over.set(button, event.timeStamp);
          },
          true,
        );
      });
      const marks = page.locator('main button.mark');
      const count = await marks.count();
      const times = [];
      const missed = [];
      for (let i = 0; i < count; i += 1) {
        const mark = marks.nth(i);
        await page.mouse.move(0, 0);
        await mark.scrollIntoViewIfNeeded();
        const box = await mark.boundingBox();
        if (!box) {
          missed.push(i);
          continue;
        }
        await page.evaluate(() => window.__over.clear());
        await page.mouse.move(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
        const elapsed = await mark
          .evaluate(async (button) => {
            const seen = await window.cardShown(button, 3000);
            const over = window.__over.get(button);
            return seen === null || over === undefined ? null : seen - over;
          })
          .catch(() => null);
        if (elapsed === null) missed.push(i);
        else times.push(elapsed - openDelayMs);
        // A press outside closes the card at once; left to its grace period, it could lie over
        // the next annotation when the pointer arrives there.
        await page.evaluate(() => {
          document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
          return new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
      pointerResult = { count, times, missed };
    }
    return { focus, pointer: pointerResult };
  } finally {
    await context.close();
  }
}
