// End-to-end crawl: every route, every annotation's card (by keyboard focus, and by hover for a sample), every link on the pages and in the cards.
//
// On every page: zero console errors, page errors (a Rust panic is one), failed requests and
// Content Security Policy violations; axe-core finds no violation, with no card open and with
// one open. Every card opens and closes; every internal link names a page that exists and, with
// a #fragment, an element on it. The selectors are generic (any `button.mark`, marker or
// `[aria-haspopup]` in `main`; any card found through the marker's ARIA attributes), so the
// crawl keeps working when the card markup changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, readCorpus, siteForTests } from './harness.mjs';
import { waitForApp } from './pages.mjs';
import { cspViolations, recordCspViolations } from './violations.mjs';

/** What opens a card. */
const MARKERS = 'main button.mark, main button.marker, main [aria-haspopup]';
/** What a card is. */
const CARDS = '.card, [role="tooltip"], [role="dialog"]';
/** Markers hovered with the real pointer on each page (all of them are opened by focus). */
const HOVER_SAMPLE = 24;
/** A path that names no page. */
const NOT_FOUND = '/no-such-biography';

const corpus = await readCorpus();
const site = siteForTests();

/** Waits until the app has rendered the page's heading. */
async function rendered(page) {
  await waitForApp(page);
  await page.locator('main h1').first().waitFor();
}

/**
 * In the page: the visible card belonging to `marker` (through aria-describedby, aria-controls
 * or aria-details), else a visible card that was not open before (`before`).
 */
function pageHelpers() {
  window.__crawl = {
    visible(el) {
      if (!el || el.getClientRects().length === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    },
    openCards(cards) {
      return [...document.querySelectorAll(cards)].filter((c) => window.__crawl.visible(c));
    },
    cardOf(marker, cards, before) {
      const ids = ['aria-describedby', 'aria-controls', 'aria-details']
        .flatMap((attr) => (marker.getAttribute(attr) ?? '').split(/\s+/))
        .filter(Boolean);
      for (const id of ids) {
        const el = document.getElementById(id);
        if (el && el.matches(cards) && window.__crawl.visible(el)) return el;
      }
      return window.__crawl.openCards(cards).find((c) => !before.includes(c)) ?? null;
    },
  };
}

/**
 * Focuses every marker on the page in turn (as the Tab key does), waits for its card, reads
 * it, blurs the marker and waits for the card to close. Runs inside the page for speed.
 */
function openEveryCardByFocus(page) {
  return page.evaluate(
    async ({ markers, cards }) => {
      const { cardOf, openCards } = window.__crawl;
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      const until = async (condition, ticks = 400) => {
        for (let i = 0; i < ticks; i += 1) {
          const value = condition();
          if (value) return value;
          await tick();
        }
        return null;
      };
      const out = [];
      for (const marker of document.querySelectorAll(markers)) {
        const label = marker.textContent.trim().slice(0, 60);
        const before = openCards(cards);
        marker.focus();
        const card = await until(() => cardOf(marker, cards, before));
        const entry = { label, focused: document.activeElement === marker, opened: Boolean(card) };
        if (card) {
          entry.text = card.textContent.trim();
          const box = card.getBoundingClientRect();
          entry.size = [box.width, box.height];
          entry.links = [...card.querySelectorAll('a[href]')].map((a) => a.href);
        }
        marker.blur();
        entry.closed = card ? Boolean(await until(() => !window.__crawl.visible(card) || !card.isConnected)) : true;
        out.push(entry);
      }
      return out;
    },
    { markers: MARKERS, cards: CARDS },
  );
}

/** Hovers a sample of markers with the pointer: first, last, and evenly spread between. */
async function hoverSample(page) {
  const markers = page.locator(MARKERS);
  const count = await markers.count();
  if (count === 0) return { hovered: 0, failures: [] };
  const picks = new Set([0, count - 1]);
  for (let i = 0; i < HOVER_SAMPLE - 2 && count > 2; i += 1) {
    picks.add(Math.round(((i + 1) * (count - 1)) / (HOVER_SAMPLE - 1)));
  }
  const failures = [];
  let hovered = 0;
  for (const i of [...picks].sort((a, b) => a - b)) {
    const marker = markers.nth(i);
    await marker.scrollIntoViewIfNeeded();
    const before = await page.evaluate((cards) => window.__crawl.openCards(cards).length, CARDS);
    await marker.hover();
    const opened = await marker
      .evaluate(
        (el, { cards, count }) =>
          new Promise((resolve) => {
            const started = performance.now();
            const poll = () => {
              const open = window.__crawl.openCards(cards);
              if (window.__crawl.cardOf(el, cards, open.slice(0, count))) resolve(true);
              else if (performance.now() - started > 3000) resolve(false);
              else setTimeout(poll, 10);
            };
            poll();
          }),
        { cards: CARDS, count: before },
      );
    hovered += 1;
    if (!opened) failures.push(`hovering marker ${i} (${(await marker.innerText()).slice(0, 40)}) opened no card`);
    await page.mouse.move(0, 0);
  }
  return { hovered, failures };
}

/** Every `a[href]` of the document, resolved. */
function linksOnPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href));
}

test('every page, every card and every link: no errors, no violations, no dead link', async () => {
  const started = Date.now();
  const routes = ['/', '/timeline', '/timeline?align=age', ...corpus.articles.map((a) => `/${a.slug}`), NOT_FOUND];
  const toFollow = new Map(); // "path#fragment" -> where it was found
  const counts = { pages: 0, markers: 0, hovered: 0, cardLinks: 0, pageLinks: 0, external: 0, followed: 0 };
  const failures = [];

  const remember = (href, from, inCard) => {
    const url = new URL(href);
    if (url.origin !== site.origin) {
      counts.external += 1;
      return;
    }
    const key = `${url.pathname}${url.hash}`;
    if (!toFollow.has(key)) toFollow.set(key, `${inCard ? 'a card on ' : ''}${from}`);
  };

  for (const route of routes) {
    await site.withPage(async (page) => {
      await recordCspViolations(page);
      await page.addInitScript(pageHelpers);
      await page.goto(site.url(route));
      await rendered(page);
      counts.pages += 1;

      const axeClosed = await axeViolations(page);
      failures.push(...axeClosed.map((v) => `${route}: axe, no card open: ${v}`));

      const cards = await openEveryCardByFocus(page);
      counts.markers += cards.length;
      if (route !== '/' && route !== NOT_FOUND && cards.length === 0) {
        failures.push(`${route}: no annotation found with ${MARKERS}`);
      }
      for (const [i, card] of cards.entries()) {
        const where = `${route}: marker ${i} "${card.label}"`;
        if (!card.focused) failures.push(`${where} cannot take the focus`);
        if (!card.opened) failures.push(`${where}: focus opened no card`);
        else if (!card.text) failures.push(`${where}: its card is empty`);
        else if (!(card.size[0] > 0 && card.size[1] > 0)) failures.push(`${where}: its card has no size`);
        if (!card.closed) failures.push(`${where}: its card stayed open after blur`);
        for (const href of card.links ?? []) {
          counts.cardLinks += 1;
          remember(href, route, true);
        }
      }

      const hover = await hoverSample(page);
      counts.hovered += hover.hovered;
      failures.push(...hover.failures.map((f) => `${route}: ${f}`));

      if (cards.length > 0) {
        await page.locator(MARKERS).first().focus();
        await page.waitForFunction((sel) => window.__crawl.openCards(sel).length > 0, CARDS);
        const axeOpen = await axeViolations(page);
        failures.push(...axeOpen.map((v) => `${route}: axe, a card open: ${v}`));
        await page.locator(MARKERS).first().blur();
      }

      for (const href of await linksOnPage(page)) {
        counts.pageLinks += 1;
        remember(href, route, false);
      }
      const violations = await cspViolations(page);
      failures.push(...violations.map((v) => `${route}: CSP violation: ${v}`));
    });
  }

  // Follow each distinct link once, by loading it: the page must exist and hold the element.
  for (const [target, from] of toFollow) {
    const url = new URL(target, site.origin);
    await site.withPage(async (page) => {
      await recordCspViolations(page);
      await page.goto(url.href);
      await rendered(page);
      counts.followed += 1;
      const found = await page.evaluate((hash) => {
        const notFound = /^Page not found/.test(document.title);
        if (!hash) return { notFound, element: true };
        // A passage, `#<id>~text=<quote>`, names its paragraph and words in it.
        const [element, quote] = hash.slice(1).split('~text=');
        let id;
        try {
          id = decodeURIComponent(element);
        } catch {
          return { notFound, element: false };
        }
        return { notFound, element: Boolean(document.getElementById(id)), passage: quote !== undefined };
      }, url.hash);
      if (found.notFound && url.pathname !== NOT_FOUND) failures.push(`${target} (linked from ${from}) is the not-found page`);
      if (!found.element) failures.push(`${target} (linked from ${from}) names no element`);
      if (found.element && found.passage) {
        const highlighted = await page
          .waitForFunction(() => (globalThis.CSS.highlights.get('passage')?.size ?? 0) > 0, null, { timeout: 5_000 })
          .then(() => true, () => false);
        if (!highlighted) failures.push(`${target} (linked from ${from}) highlights no words`);
      }
      const violations = await cspViolations(page);
      failures.push(...violations.map((v) => `${target}: CSP violation: ${v}`));
    });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `crawl: ${counts.pages} pages, ${counts.markers} cards opened by focus, ${counts.hovered} by hover, ` +
      `${counts.pageLinks} page links and ${counts.cardLinks} card links (${counts.external} external), ` +
      `${counts.followed} distinct targets followed, in ${seconds} s`,
  );
  // Every mention and every date of the corpus is on some page, and each has a card.
  const annotations = corpus.mentions.length + corpus.dates.length;
  assert.ok(counts.markers >= annotations, `only ${counts.markers} markers for ${annotations} mentions and dates`);
  assert.deepEqual(failures, []);
});
