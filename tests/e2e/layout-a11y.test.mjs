// End-to-end: no horizontal scrolling on a 360 px screen, axe-core finds no violations in
// either theme, and printing leaves the text alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, PHONE, siteForTests } from './harness.mjs';
import { ArticlePage, IndexPage, openApp, selectWords } from './pages.mjs';

const site = siteForTests();

async function articleSlugs() {
  return site.withPage(async (page) => {
    const index = await new IndexPage(page, site.url).open();
    return (await index.listed()).map((l) => l.href.slice(1));
  });
}

/** Opens a route and waits until it has rendered all of itself. */
async function openRoute(page, slug) {
  if (slug === '') {
    await new IndexPage(page, site.url).open();
  } else {
    const article = await new ArticlePage(page, site.url).open(slug);
    await article.article().locator('section').last().waitFor();
  }
}

/** Picks the theme as a reader would have earlier: stored, then applied by the app at start. */
function pickTheme(page, theme) {
  return page.addInitScript((theme) => localStorage.setItem('parallel-lives-theme', theme), theme);
}

test('nothing scrolls sideways on a 360 px screen', async () => {
  const routes = ['', ...(await articleSlugs()), 'no-such-page'];
  for (const route of routes) {
    await site.withPage(
      async (page) => {
        await openApp(page, site.url(`/${route}`));
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForTimeout(100);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client, `/${route} overflows at 360 px: ${JSON.stringify(widths)}`);
      },
      { ...PHONE, viewport: { width: 360, height: 740 } },
    );
  }
});

test('axe-core finds no violations on any page in either theme', async () => {
  const routes = ['', ...(await articleSlugs())];
  for (const theme of ['light', 'dark']) {
    for (const route of routes) {
      await site.withPage(async (page) => {
        await pickTheme(page, theme);
        await openRoute(page, route);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        assert.deepEqual(await axeViolations(page), [], `/${route} in the ${theme} theme`);
      });
    }
  }
});

test('axe-core finds no violations on a phone, with the contents open and a passage offered', async () => {
  await site.withPage(
    async (page) => {
      await pickTheme(page, 'dark');
      await openRoute(page, 'ivar-smilga');
      await page.getByRole('button', { name: /^Contents/ }).click();
      const [id] = await new ArticlePage(page, site.url).paragraphIds();
      await selectWords(page, id, 1, 3);
      await page.getByRole('button', { name: 'Copy link to this passage' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
    },
    PHONE,
  );
});

test('printing hides the controls and prints annotations as plain words', async () => {
  await site.withPage(async (page) => {
    await openRoute(page, 'ivar-smilga');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector) =>
        [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
      const mark = getComputedStyle(document.querySelector('.mark'));
      return {
        header: visible('.site-header'),
        contents: visible('nav.toc'),
        copyLinks: visible('.copy-link'),
        text: visible('.article-body p'),
        markUnderline: mark.textDecorationLine,
        markBackground: mark.backgroundColor,
      };
    });
    assert.deepEqual(shown, {
      header: false,
      contents: false,
      copyLinks: false,
      text: true,
      markUnderline: 'none',
      markBackground: 'rgba(0, 0, 0, 0)',
    });
  });
});
