// End-to-end: every page links one stylesheet (build/bundle-styles.mjs), holding the rules of every file in styles/ in the order index.html lists them, and the browser loads and applies it under the page's integrity check.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, ROOT, siteForTests } from './harness.mjs';
import { openApp } from './pages.mjs';

const site = siteForTests();
const STYLESHEET = /<link rel="stylesheet" href="\/([^"]+)" integrity="(sha384-[^"]+)"/gu;

/** The stylesheets index.html asks Trunk for, in order: `styles/main.css`, … */
async function sourceStylesheets() {
  const html = await readFile(path.join(ROOT, 'index.html'), 'utf8');
  return [...html.matchAll(/<link data-trunk rel="css" href="([^"]+)"/gu)].map(([, href]) => href);
}

test('each built page links one stylesheet, which holds every file of styles/ in the cascade order of index.html', async () => {
  const pages = (await readdir(DIST)).filter((name) => name.endsWith('.html'));
  assert.ok(pages.length >= 4, `dist/ has ${pages.length} pages`);
  const linked = new Set();
  for (const name of pages) {
    const html = await readFile(path.join(DIST, name), 'utf8');
    const links = [...html.matchAll(STYLESHEET)];
    assert.equal(links.length, 1, `dist/${name} links ${links.length} stylesheets`);
    assert.equal((html.match(/rel="stylesheet"/gu) ?? []).length, 1, `dist/${name} links a stylesheet without integrity`);
    linked.add(links[0][1]);
  }
  assert.equal(linked.size, 1, `the pages link different stylesheets: ${[...linked].join(', ')}`);
  const [bundle] = linked;
  assert.match(bundle, /^styles-[0-9a-f]{16}\.css$/u);
  const css = await readFile(path.join(DIST, bundle), 'utf8');

  const sources = await sourceStylesheets();
  assert.ok(sources.length >= 2, `index.html lists ${sources.length} stylesheets`);
  let from = 0;
  for (const source of sources) {
    const text = (await readFile(path.join(ROOT, source), 'utf8')).trim();
    const at = css.indexOf(text, from);
    assert.ok(at >= from, `${source} is not in ${bundle} after the files listed before it`);
    from = at + text.length;
  }
  const left = (await readdir(DIST)).filter((name) => name.endsWith('.css') && name !== bundle);
  assert.deepEqual(left, [], 'the joined parts are left in dist/');
});

test('the browser loads the one stylesheet and applies it, with no CSS request failing its integrity check', async () => {
  await site.withPage(async (page) => {
    const css = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'stylesheet') css.push(request.url());
    });
    await openApp(page, site.url('/ivar-smilga'));
    assert.equal(css.length, 1, `stylesheet requests: ${css.join(', ')}`);
    const applied = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      rules: [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0),
      // A rule of the first file (the page's frame), one of a middle file (the marks) and one
      // of the last ("People and places").
      bodyMargin: getComputedStyle(document.body).marginTop,
      markWrap: getComputedStyle(document.querySelector('main p .mark-wrap')).position,
      people: getComputedStyle(document.querySelector('.people-and-places')).borderTopStyle,
    }));
    assert.equal(applied.sheets, 1);
    assert.ok(applied.rules > 100, `only ${applied.rules} rules applied`);
    assert.equal(applied.bodyMargin, '0px', 'the page frame rules are not applied');
    assert.equal(applied.markWrap, 'relative', 'the marks rules are not applied');
    assert.equal(applied.people, 'solid', "the rules of 'People and places' are not applied");
  });
});
