// End-to-end: Back and Forward return the reader to the place they had scrolled to, across
// in-page links (which are history entries) and across pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteForTests } from './harness.mjs';
import { ArticlePage, isInViewport, waitForScroll } from './pages.mjs';

const site = siteForTests();

/** Scrolls the window to `y` and waits until the page has seen it. */
async function scrollTo(page, y) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await waitForScroll(page, y);
  await page.waitForTimeout(100);
}

test('Back and Forward across a contents link keep the reader\'s place', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const targets = await article.contentsTargets();
    const last = targets.at(-1);
    await scrollTo(page, 1234);

    await article.contents().getByRole('link').last().click();
    await page.waitForURL((url) => url.hash === `#${last}`);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top >= -1 && r.top < 120;
    }, last);
    const atSection = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(atSection - 1234) > 200, 'the link did not move the page');

    await page.goBack();
    await page.waitForURL((url) => url.hash === '');
    await waitForScroll(page, 1234);

    await page.goForward();
    await page.waitForURL((url) => url.hash === `#${last}`);
    await waitForScroll(page, atSection);
    assert.ok(await isInViewport(page, last));
  });
});

test('Back from another page returns to the place in the article', async () => {
  await site.withPage(async (page) => {
    await new ArticlePage(page, site.url).open('ivar-smilga');
    await scrollTo(page, 1500);
    // Dispatched rather than clicked: Playwright would first scroll the header into view,
    // and that scroll, rightly, would be the place Back returns to.
    await page.getByRole('banner').getByRole('link', { name: 'Parallel Lives', exact: true }).dispatchEvent('click');
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForFunction(() => window.scrollY === 0);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/ivar-smilga');
    await waitForScroll(page, 1500);

    await page.goForward();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForScroll(page, 0);
  });
});
