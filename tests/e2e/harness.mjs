// End-to-end harness: serves the release build with the project's server, launches the system Chromium, watches pages for errors, and holds what the tests share (the phone, the site).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from '../serve.mjs';

/** The repository root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The release build under test: `dist/` from `trunk build --release`, or `E2E_DIST`. */
export const DIST = path.resolve(process.env.E2E_DIST ?? path.join(ROOT, 'dist'));

/** The corpus written by `make export`, or `E2E_CORPUS`. */
export const CORPUS_JSON = path.resolve(process.env.E2E_CORPUS ?? path.join(ROOT, 'target', 'corpus.json'));

/** The browser: Debian's Chromium, never a downloaded one. */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that let Chromium run as root, headless, without any network of its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** How long to wait for the app to render something before giving up. */
export const TIMEOUT_MS = 15_000;

/** A phone as the tests hold one: 390 × 844, touch, mobile viewport. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * Starts the project's server (tests/serve.mjs) for `root` on a free 127.0.0.1 port, as the
 * tests want it: nothing compressed or cached. Routes are answered as the app's host would
 * (build/routes.mjs); a missing asset (`/missing.js`) is a 404, so a broken build shows up as a
 * failed request. Resolves to `{ origin, close }`.
 */
export async function serveDist(root = DIST) {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} does not exist: run \`trunk build --release\` (or \`make test\`) first`);
  }
  return serveStatic({ root, production: false });
}

/**
 * Launches headless Chromium. Every launch gets a fresh, temporary user-data-dir that
 * Playwright creates and deletes itself (it refuses `--user-data-dir` among the flags).
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000,
  });
}

/**
 * Records everything that means the page is broken: console errors, uncaught
 * exceptions, requests that failed, and responses with an error status.
 */
export function watchPage(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location();
      problems.push(`console error: ${msg.text()}${where?.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack || err.message || String(err) || err.name}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'unknown error'}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) {
      problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
    }
  });
  return problems;
}

/**
 * Starts the server (of `root`, the release build under test unless another is given) and the
 * browser for one test file; `site.withPage(fn)` runs `fn` in a fresh browser context and fails
 * if the page reported any problem meanwhile.
 */
export async function startSite(root = DIST) {
  const server = await serveDist(root);
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  const site = {
    origin: server.origin,
    browser,
    url: (route) => new URL(route, server.origin).href,
    async withPage(fn, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
      context.setDefaultTimeout(TIMEOUT_MS);
      const page = await context.newPage();
      const problems = watchPage(page);
      try {
        const result = await fn(page);
        if (problems.length > 0) {
          throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
        }
        return result;
      } catch (err) {
        if (problems.length > 0 && !String(err.message).startsWith('the page reported problems')) {
          err.message += `\nthe page also reported:\n  ${problems.join('\n  ')}`;
        }
        throw err;
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  return site;
}

/** Reads the corpus JSON written by `make export`. */
export async function readCorpus(file = CORPUS_JSON) {
  let raw;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file} (${err.code}): run \`make export\` first`);
  }
  return JSON.parse(raw);
}

/** Collapses every run of whitespace to one space and trims the ends. */
export function collapse(text) {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Slices `text` by a byte range `[start, end)` of its UTF-8 encoding. */
export function sliceBytes(text, { start, end }) {
  return Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');
}

/** axe-core's source. It is evaluated through the DevTools protocol, because the page's Content
 * Security Policy (rightly) forbids injecting it as a script. */
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the whole document; returns one line per violation. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/**
 * The site for one test file: started before its tests, closed after them. What it returns
 * stands for the site once the tests run (`site.withPage`, `site.url`, `site.origin`).
 */
export function siteForTests(root = DIST) {
  let live;
  before(async () => {
    live = await startSite(root);
  });
  after(async () => {
    await live?.close();
  });
  return {
    withPage: (fn, options) => live.withPage(fn, options),
    url: (route) => live.url(route),
    get origin() {
      return live.origin;
    },
    get browser() {
      return live.browser;
    },
  };
}
