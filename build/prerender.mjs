// Writes a prerendered copy of every page of the built site, so that its text paints before the wasm app has loaded.
//
// The copies are the app's own output: the built site is served from Trunk's staging folder and
// opened in headless Chromium, and what the app renders into `#app` is saved, with the page's
// title, into `#prerendered` of a copy of index.html (`routes.mjs` says which file each page
// goes to). In the browser the app renders its own copy and removes this one in the same task
// (src/main.rs), so the two must not differ: nothing a reader does is in them, since no reader
// has been there. The pages are the home page and every page it links to (the articles).
//
// It fails, and with it the build, if the app reports any error while rendering, or if a copy
// would hold an inline style, which the Content Security Policy blocks.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, watchPage } from '../tests/e2e/harness.mjs';
import { serveStatic } from '../tests/serve.mjs';
import { findInlineStyle } from './externalize-scripts.mjs';
import { pageFile, SHELL } from './routes.mjs';

/** The id of the empty element that ends a prerendered copy. */
const END_ID = 'prerendered-end';

/** How long one page may take to render. */
const TIMEOUT_MS = 30_000;

/**
 * Prerenders the site in `staging` (whose index.html is the bare page): writes `app.html` (the
 * bare page), `index.html` (the home page) and one `<slug>.html` per page the home page links to.
 * Resolves to `[{ route, file, bytes }]`.
 */
export async function prerender(staging) {
  const shell = readFileSync(path.join(staging, 'index.html'), 'utf8');
  writeFileSync(path.join(staging, SHELL), shell);
  const server = await serveStatic({ root: staging });
  const browser = await launchBrowser();
  try {
    const home = await render(browser, server.origin, '/');
    const pages = [home];
    for (const route of home.links) {
      pages.push(await render(browser, server.origin, route));
    }
    return pages.map((page) => {
      const file = pageFile(page.route);
      const html = pageHtml(shell, page);
      writeFileSync(path.join(staging, file), html);
      return { route: page.route, file, bytes: Buffer.byteLength(html) };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Opens `route` and returns `{ route, title, html, links }`: what the app rendered there. */
async function render(browser, origin, route) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = watchPage(page);
  try {
    await page.goto(new URL(route, origin).href, { timeout: TIMEOUT_MS });
    await page.locator('#app[data-live]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    const rendered = await page.evaluate(() => {
      const app = document.getElementById('app');
      const links = [...app.querySelectorAll('main a[href^="/"]')]
        .map((a) => new URL(a.href))
        .filter((url) => url.origin === location.origin && url.hash === '' && url.search === '')
        .map((url) => url.pathname);
      return { title: document.title, html: app.innerHTML, links: [...new Set(links)] };
    });
    if (problems.length > 0) {
      throw new Error(`the app reported problems on ${route}:\n  ${problems.join('\n  ')}`);
    }
    const style = findInlineStyle(rendered.html);
    if (style) {
      throw new Error(`the page rendered at ${route} has an inline style (${style}), which the Content Security Policy blocks`);
    }
    return {
      route,
      title: rendered.title,
      html: rendered.html,
      links: route === '/' ? rendered.links.filter((link) => pageFile(link) !== null && link !== '/') : [],
    };
  } finally {
    await page.close();
  }
}

/** `shell` (index.html) with the page's title and its prerendered body. */
function pageHtml(shell, { title, html }) {
  const split = shell.indexOf('</head>');
  const [head, body] = [shell.slice(0, split), shell.slice(split)];
  const [titleTag, bodyTag] = [/<title>[^<]*<\/title>/u, /<body>/u];
  if (split < 0 || !titleTag.test(head) || !bodyTag.test(body)) {
    throw new Error('index.html has no <title> in its <head>, or no <body> after it');
  }
  // The first paint waits until the whole copy is parsed (`blocking="render"` on the marker at
  // its end), so that it shows the largest text there is and nothing paints piecemeal.
  const titled = head.replace(
    titleTag,
    () => `<link rel="expect" href="#${END_ID}" blocking="render" />\n    <title>${escapeText(title)}</title>`,
  );
  const copy = `<div id="prerendered">${html}<span id="${END_ID}"></span></div>`;
  return titled + body.replace(bodyTag, () => `<body>\n    ${copy}`);
}

function escapeText(text) {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
