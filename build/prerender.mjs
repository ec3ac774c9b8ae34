// Writes a prerendered copy of every page of the built site, so that its text paints before the wasm app has loaded.
//
// The copies are the app's own output: `cargo run -p parallel-lives-commands --bin prerender` (src/app/prerender.rs) renders
// the same Yew `App` the browser runs, natively, at each page's address, and each page is
// saved with its title into `#app` of a copy of index.html (`routes.mjs` says which file each
// page goes to). In the browser the app adopts those nodes instead of rendering new ones
// (hydration, src/app/main.rs). The pages are the home page and every article.
//
// It fails, and with it the build, if the prerenderer fails, or if a copy would hold an inline
// style, which the Content Security Policy blocks.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInlineStyle } from './externalize-scripts.mjs';
import { pageFile, SHELL } from './routes.mjs';

/** The id of the element the app renders into, and adopts when a page holds a prerendered copy. */
const APP_ID = 'app';
/** The attribute of `#app` that names the page a copy is of (src/app/main.rs adopts only that one). */
const ROUTE_ATTR = 'data-prerendered';
/** The id of the empty element that ends a prerendered copy. */
const END_ID = 'prerendered-end';

/** The project folder, where cargo finds the prerenderer. */
const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Prerenders the site in `staging` (whose index.html is the bare page): writes `app.html` (the
 * bare page), `index.html` (the home page) and one `<slug>.html` per article.
 * Resolves to `[{ route, file, bytes }]`.
 */
export async function prerender(staging) {
  const shell = readFileSync(path.join(staging, 'index.html'), 'utf8');
  writeFileSync(path.join(staging, SHELL), shell);
  return renderSite().map((page) => {
    const style = findInlineStyle(page.html);
    if (style) {
      throw new Error(`the page rendered at ${page.route} has an inline style (${style}), which the Content Security Policy blocks`);
    }
    const file = pageFile(page.route);
    if (file === null) {
      throw new Error(`the prerenderer named a page at ${page.route}, which no file serves (build/routes.mjs)`);
    }
    const html = pageHtml(shell, page);
    writeFileSync(path.join(staging, file), html);
    return { route: page.route, file, bytes: Buffer.byteLength(html) };
  });
}

/**
 * `[{ route, title, html }]` for every page, from `cargo run -p parallel-lives-commands --bin prerender`. Its errors (a
 * corpus that does not compile, a page that panics) go to this process's stderr, and throw.
 */
function renderSite() {
  const json = execFileSync('cargo', ['run', '--quiet', '-p', 'parallel-lives-commands', '--bin', 'prerender'], {
    cwd: PROJECT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(json);
}

/** `shell` (index.html) with the page's title and its prerendered body. */
function pageHtml(shell, { route, title, html }) {
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
  const copy = `<div id="${APP_ID}" ${ROUTE_ATTR}="${escapeText(route).replace(/"/gu, '&quot;')}">${html}</div><span id="${END_ID}"></span>`;
  return titled + body.replace(bodyTag, () => `<body>\n    ${copy}`);
}

function escapeText(text) {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
