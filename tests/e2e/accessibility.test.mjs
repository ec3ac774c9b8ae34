// End-to-end: axe-core finds no accessibility violation on the index or on any biography.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { startSite } from './harness.mjs';
import { ArticlePage, IndexPage } from './pages.mjs';

/** axe-core's source, evaluated through the DevTools protocol: the page's Content Security Policy forbids injecting it as a script. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Runs axe-core on the whole document; returns one line per violation. */
async function violations(page) {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

/** The article routes, as the index links to them. */
async function articleRoutes() {
  return site.withPage(async (page) => {
    const index = await new IndexPage(page, site.url).open();
    return (await index.listed()).map((l) => l.href);
  });
}

test('the index has no accessibility violations', async () => {
  await site.withPage(async (page) => {
    await new IndexPage(page, site.url).open();
    assert.deepEqual(await violations(page), []);
  });
});

test('every biography has no accessibility violations', async () => {
  const routes = await articleRoutes();
  assert.ok(routes.length >= 2, `the index lists ${routes.length} biographies`);
  for (const route of routes) {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(route.replace(/^\//, ''));
      await article.article().locator('section').last().waitFor();
      assert.deepEqual(await violations(page), [], `violations on ${route}`);
    });
  }
});
