// End-to-end: the theme follows the system until the reader picks one with the header's
// toggle; the pick survives a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteForTests } from './harness.mjs';
import { IndexPage, openApp, waitForApp } from './pages.mjs';

const site = siteForTests();

function toggle(page) {
  return page.getByRole('banner').getByRole('button', { name: 'Dark theme' });
}

/** The page's background colour, as the reader sees it. */
function background(page) {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** Whether a colour `rgb(r, g, b)` is dark. */
function isDark(color) {
  const [r, g, b] = color.match(/\d+/g).map(Number);
  return (r + g + b) / 3 < 128;
}

test('the theme follows the system until the reader picks one', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await site.withPage(
      async (page) => {
        await new IndexPage(page, site.url).open();
        assert.equal(await toggle(page).getAttribute('aria-pressed'), String(colorScheme === 'dark'));
        assert.equal(isDark(await background(page)), colorScheme === 'dark');
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
      },
      { colorScheme },
    );
  }
});

test('the theme toggle switches the theme and is remembered across reloads', async () => {
  await site.withPage(
    async (page) => {
      await new IndexPage(page, site.url).open();
      assert.equal(isDark(await background(page)), false);
      await toggle(page).click();
      assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
      assert.equal(isDark(await background(page)), true);

      await page.reload();
      await waitForApp(page);
      await page.locator('main h1').waitFor();
      assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
      assert.equal(isDark(await background(page)), true);

      await toggle(page).click();
      await openApp(page, site.url('/ivar-smilga'));
      await toggle(page).waitFor();
      assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
      assert.equal(isDark(await background(page)), false);
    },
    { colorScheme: 'light' },
  );
});
