// End-to-end: a few hundred hostile addresses each show the page they name, or the not-found page, with nothing from the address injected.
//
// What an address shows (see README, "Hostile input"):
// - a path naming the index (`/`, `/index.html`) or an article (`/<slug>`, one trailing slash
//   allowed), after the browser's URL normalization (`/a/..` is `/`) and percent-decoding, shows
//   that page; the query string is ignored;
// - any other path shows the not-found page (a path that does not percent-decode included);
// - a #fragment naming an element of that page scrolls to it; any other fragment (unknown,
//   undecodable, markup) leaves the page at its top;
// - a path whose last segment has a file extension and names no file is the static server's
//   plain-text 404, and the app does not start.
// On every address: no console error, page error or failed request, no dialog, no element or
// attribute made from the address, and the address's markup nowhere in the DOM but as text.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, readCorpus, siteForTests, TIMEOUT_MS, watchPage } from './harness.mjs';

/** Path segments, queries and fragments a hostile or careless address may carry. */
const TOKENS = [
  'nobody',
  'ivar',
  'IVAR-SMILGA',
  'Ivar-Smilga',
  'ivar_smilga',
  'ivar smilga',
  'ivar%20smilga',
  'ivar-smilg%C3%A1',
  'ivar-smilg\u0430', // a Cyrillic a
  'смирнов',
  '%D1%81%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2',
  '🙂',
  '%F0%9F%99%82',
  'e\u0301',
  '\u202e\u202d',
  '%',
  '%4',
  '%zz',
  '%E0%A4%A',
  '%FF%FE',
  '%00',
  '%C0%AF',
  '%2F',
  '%252F',
  '%23',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)">',
  'javascript:alert(1)',
  '" onmouseover="alert(1)',
  '{{7*7}}',
  '${alert(1)}',
  '..',
  '../..',
  '%2e%2e',
  '..%2f..%2fetc%2fpasswd',
  '.',
  '~',
  ';',
  '@',
  '\\',
  '?',
  '#',
  'index.html',
  'biography.html',
  '.env',
  'null',
  '404',
  'a'.repeat(10_000),
];

/** The address shapes each token is tried in; `A` stands for an article's slug. */
const SHAPES = [
  (t) => `/${t}`,
  (t, a) => `/${a}/${t}`,
  (t, a) => `/${a}#${t}`,
  (t) => `/?q=${t}`,
  (t, a) => `/${a}?${t}#${t}`,
  (t) => `//${t}`,
];

/** Addresses worth trying as they are. */
const SPECIAL = (a, section) => [
  `/${a}/`,
  `/${a}//`,
  `//${a}`,
  `/${a}/..`,
  `/${a}/../${a}`,
  `/${a.replace('-', '%2D')}`,
  `/${a}%2F`,
  `/${a}%2Fextra`,
  `/index.html`,
  `/index.html#${section}`,
  `/${a}#${section}`,
  `/${a}#${encodeURIComponent(section)}`,
  `/${a}#`,
  `/${a}#${'x'.repeat(10_000)}`,
  `/${a}#%E0%A4%A`,
  `/${a}#main`,
  `/${a}#${section}?x=1`,
  `/#${section}`,
  `/no-such-page#${section}`,
];

const corpus = await readCorpus();
const site = siteForTests();

function decodeOrNull(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** What an address should show: `{ page: 'home' | 'article' | 'not-found' | 'refused', slug }`. */
function expectation(href, slugs) {
  const { pathname } = new URL(href);
  const decoded = decodeOrNull(pathname);
  if (decoded !== null && path.extname(decoded) !== '' && !existsSync(path.join(DIST, path.normalize(decoded)))) {
    return { page: 'refused' };
  }
  if (decoded === null) return { page: 'not-found' };
  const name = decoded.slice(1).replace(/\/$/, '');
  if (decoded.startsWith('/') && (name === '' || name === 'index.html')) return { page: 'home' };
  if (decoded.startsWith('/') && slugs.has(name)) return { page: 'article', slug: name };
  return { page: 'not-found' };
}

/** Everything the address could have planted in the page, and where the page stands. */
function inspect(markups) {
  // The page's serialization, less the app's own icons (`svg.icon`), which are not from the address.
  const withoutOwnIcons = () => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('svg.icon').forEach((icon) => icon.remove());
    return copy.outerHTML;
  };
  const elements = [...document.querySelectorAll('*')];
  const handlers = elements.flatMap((el) =>
    [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
  );
  const hash = location.hash.slice(1);
  let target = null;
  try {
    target = hash ? document.getElementById(decodeURIComponent(hash)) : null;
  } catch {
    target = null;
  }
  const box = target?.getBoundingClientRect();
  return {
    title: document.title,
    heading: document.querySelector('main h1')?.textContent.trim() ?? null,
    // The app's own icons are `svg.icon`; anything else of these kinds came from somewhere else.
    foreign: document.querySelectorAll('img, iframe, object, embed, svg:not(.icon), video, audio, base, form, meta[http-equiv="refresh" i]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    handlers,
    // Text is serialized escaped (`&lt;img`), so raw markup in the serialization is an element.
    markup: markups.filter((m) => withoutOwnIcons().includes(m)),
    target: target ? { top: box.top, viewport: window.innerHeight } : null,
    scrollY: window.scrollY,
  };
}

test('hostile addresses show their page or the not-found page, with nothing injected', async () => {
  const started = Date.now();
  const slugs = new Set(corpus.articles.map((a) => a.slug));
  const article = corpus.articles.find((a) => a.sections.some((s) => s.title)) ?? corpus.articles[0];
  const section = article.sections.find((s) => s.title)?.id ?? 'lead';
  const paths = new Set([...SPECIAL(article.slug, section)]);
  for (const token of TOKENS) {
    for (const shape of SHAPES) paths.add(shape(token, article.slug));
  }
  const titles = new Map(corpus.articles.map((a) => [a.slug, `${a.title} – Parallel Lives`]));

  const failures = [];
  const shown = { home: 0, article: 0, 'not-found': 0, refused: 0 };
  const queue = [...paths];
  // Each batch gets a fresh browser context: hundreds of wasm instances in one page can
  // exhaust Chromium's wasm memory reservations before it reclaims them.
  const BATCH = 40;
  const visit = async (batch) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    // A plain-text 404 has no icon of its own, so the browser asks for /favicon.ico; the app's
    // pages never do (index.html names its icon), so that request is answered here.
    await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const problems = watchPage(page);
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    let previous = null;
    try {
      for (let route = batch.shift(); route !== undefined; route = batch.shift()) {
        const href = `${site.origin}${route}`;
        const expected = expectation(href, slugs);
        shown[expected.page] += 1;
        const where = route.length > 80 ? `${route.slice(0, 80)}…` : route;
        problems.length = 0;
        dialogs.length = 0;
        // A fresh document for each address: a change of fragment alone would not reload.
        const url = new URL(href);
        if (previous && url.href.split('#')[0] === previous.split('#')[0]) await page.goto('about:blank');
        previous = url.href;
        const response = await page.goto(href);
        if (expected.page === 'refused') {
          const type = response?.headers()['content-type'] ?? '';
          if (response?.status() !== 404 || !type.startsWith('text/plain')) {
            failures.push(`${where}: expected the server's plain 404, got ${response?.status()} ${type}`);
          }
          const own404 = (p) => p.startsWith('HTTP 404 for GET') || p.includes('status of 404 (Not Found)');
          problems.splice(0, problems.length, ...problems.filter((p) => !own404(p)));
        } else {
          try {
            await page.locator('#app[data-live] main h1').first().waitFor({ timeout: 5_000 });
          } catch {
            failures.push(`${where}: the app rendered no heading${problems.length ? `; ${problems.join('; ')}` : ''}`);
            continue;
          }
          if (url.hash) {
            // The app scrolls to a fragment a tick after rendering.
            await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)));
          }
        }
        const seen = await page.evaluate(inspect, ['<script>', '<img', '<svg', '<iframe'].filter((m) => route.includes(m)));
        const title = { home: 'Parallel Lives', article: titles.get(expected.slug) }[expected.page];
        if (title !== undefined && seen.title !== title) failures.push(`${where}: title ${JSON.stringify(seen.title)}, expected ${JSON.stringify(title)}`);
        if (expected.page === 'not-found' && !/^Page not found/.test(seen.title)) failures.push(`${where}: title ${JSON.stringify(seen.title)}, expected the not-found page`);
        if (expected.page !== 'refused') {
          if (seen.target && !(seen.target.top >= -1 && seen.target.top < seen.target.viewport)) {
            failures.push(`${where}: the fragment's element is not in view (top ${seen.target.top})`);
          }
          if (!seen.target && seen.scrollY !== 0) failures.push(`${where}: no element is named, yet the page scrolled to ${seen.scrollY}`);
        }
        if (seen.foreign > 0) failures.push(`${where}: ${seen.foreign} img/iframe/svg/... elements in the page`);
        if (seen.inlineScripts > 0) failures.push(`${where}: ${seen.inlineScripts} inline scripts in the page`);
        if (seen.handlers.length > 0) failures.push(`${where}: event handler attributes ${seen.handlers.join(', ')}`);
        failures.push(...seen.markup.map((m) => `${where}: ${m} is in the DOM as markup`));
        failures.push(...dialogs.map((d) => `${where}: a dialog opened: ${d}`));
        failures.push(...problems.map((p) => `${where}: ${p}`));
      }
    } finally {
      await context.close();
    }
  };
  const worker = async () => {
    while (queue.length > 0) await visit(queue.splice(0, BATCH));
  };
  // Two pages at once, each reused from address to address within a batch.
  await Promise.all([worker(), worker()]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `urls: ${paths.size} addresses (${shown.home} home, ${shown.article} article, ${shown['not-found']} not found, ` +
      `${shown.refused} refused by the server) in ${seconds} s`,
  );
  assert.ok(paths.size >= 300, `only ${paths.size} addresses`);
  assert.ok(shown.article > 0 && shown['not-found'] > 0 && shown.home > 0);
  assert.deepEqual(failures, []);
});
