// End-to-end: axe-core finds no accessibility violation on the index or on any biography.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, siteForTests } from './harness.mjs';
import { ArticlePage, IndexPage } from './pages.mjs';

const site = siteForTests();

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
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('every biography has no accessibility violations', async () => {
  const routes = await articleRoutes();
  assert.ok(routes.length >= 2, `the index lists ${routes.length} biographies`);
  for (const route of routes) {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(route.replace(/^\//, ''));
      await article.article().locator('section').last().waitFor();
      assert.deepEqual(await axeViolations(page), [], `violations on ${route}`);
    });
  }
});
