// End-to-end: moving between pages, deep links to sections and paragraphs, and the not-found page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteForTests } from './harness.mjs';
import { ArticlePage, IndexPage, NotFoundPage } from './pages.mjs';

/** Waits until the top of the element with this id is in the window (the page has moved there). */
function topInWindow(page, id) {
  return page.waitForFunction(
    (target) => {
      const r = document.getElementById(target)?.getBoundingClientRect();
      return r !== undefined && r.top >= -1 && r.top < window.innerHeight;
    },
    id,
    { timeout: 5_000 },
  );
}

/** The two biographies every build must carry: slug and the start of the title. */
const BIOGRAPHIES = [
  { slug: 'ivan-smirnov', title: 'Ivan Smirnov' },
  { slug: 'ivar-smilga', title: 'Ivar Smilga' },
];

const site = siteForTests();

test('the index lists both biographies and links to each', async () => {
  await site.withPage(async (page) => {
    const index = await new IndexPage(page, site.url).open();
    assert.equal(await index.headingText(), 'Parallel Lives');
    assert.equal(await index.homeLink().getAttribute('href'), '/');

    const listed = await index.listed();
    for (const { slug, title } of BIOGRAPHIES) {
      const entry = listed.find((l) => l.href === `/${slug}`);
      assert.ok(entry, `no biography links to /${slug}; listed: ${JSON.stringify(listed)}`);
      assert.ok(entry.title.startsWith(title), `the link to /${slug} reads ${JSON.stringify(entry.title)}`);
    }

    await index.biographyLink('Ivar Smilga').click();
    await page.waitForURL((url) => url.pathname === '/ivar-smilga');
    const article = new ArticlePage(page, site.url);
    await article.article().getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await article.headingText(), 'Ivar Smilga');
    await page.waitForFunction(() => document.title.startsWith('Ivar Smilga'));
    assert.match(await page.title(), /^Ivar Smilga\s+\S\s+Parallel Lives$/);
  });
});

test('the header link leads back to the index', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    await article.homeLink().click();
    await page.waitForURL((url) => url.pathname === '/');
    const index = new IndexPage(page, site.url);
    assert.equal(await index.headingText(), 'Parallel Lives');
  });
});

/** True when the element's top edge lies within the window (a pixel of rounding allowed). */
function inViewport({ top, viewport }) {
  return top >= -1 && top < viewport;
}

/** A short window, so that reaching a section below the lead takes a scroll. */
const SHORT_WINDOW = { viewport: { width: 1280, height: 480 } };

test('a link to a section scrolls that section into view', async () => {
  // Read the first titled section's id from the table of contents, and where it sits unscrolled.
  const { id, unscrolled } = await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const targets = await article.contentsTargets();
    assert.ok(targets.length > 0, 'the table of contents lists no section');
    assert.notEqual(targets[0], 'lead', 'the lead section has no heading and no contents entry');
    return { id: targets[0], unscrolled: await article.placement(targets[0]) };
  }, SHORT_WINDOW);

  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov', id);
    const section = article.byId(id);
    await section.waitFor();
    assert.equal(await section.evaluate((el) => el.localName), 'section');
    await topInWindow(page, id);
    const placed = await article.placement(id);
    assert.ok(inViewport(placed), `#${id} is outside the window: ${JSON.stringify(placed)}`);
    if (!inViewport(unscrolled)) {
      assert.ok(placed.scrollY > 0, `the page did not scroll to #${id}`);
    }
  }, SHORT_WINDOW);
});

test('a link to a paragraph scrolls that paragraph into view', async () => {
  const id = await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    const ids = await article.paragraphIds();
    assert.ok(ids.length > 1, `expected several paragraphs, found ${ids.length}`);
    // The last body paragraph: far enough down that reaching it needs a scroll.
    return ids[ids.length - 1];
  });

  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga', id);
    await topInWindow(page, id);
    const placed = await article.placement(id);
    assert.equal(await article.byId(id).evaluate((el) => el.localName), 'p');
    assert.ok(inViewport(placed), `#${id} is outside the window: ${JSON.stringify(placed)}`);
    assert.ok(placed.scrollY > 0, `the page did not scroll to #${id}`);
  });
});

test('an unknown path shows "Page not found" with links to every biography', async () => {
  await site.withPage(async (page) => {
    const notFound = await new NotFoundPage(page, site.url).open('/no-such-page');
    assert.equal(await notFound.headingText(), 'Page not found');
    for (const { slug, title } of BIOGRAPHIES) {
      const link = notFound.main().locator(`a[href="/${slug}"]`);
      assert.equal(await link.count(), 1, `no single link to /${slug} on the not-found page`);
      assert.ok((await link.innerText()).trim().startsWith(title));
    }
    assert.ok((await notFound.main().locator('a[href="/"]').count()) >= 1, 'no link to / in <main>');
  });
});
