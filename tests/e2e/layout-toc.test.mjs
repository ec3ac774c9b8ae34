// End-to-end: the table of contents follows the reading position, in the side column on wide
// screens and in the sticky bar on phones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, siteForTests } from './harness.mjs';
import { ArticlePage } from './pages.mjs';

const site = siteForTests();

/** The ids the contents links marked aria-current="true" point to. */
function currentTargets(page) {
  return page
    .getByRole('navigation', { name: 'Contents' })
    .locator('a[aria-current="true"]')
    .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href').slice(1))));
}

async function waitForCurrent(page, id) {
  await page.waitForFunction(
    (id) => {
      const marked = [...document.querySelectorAll('nav.toc a[aria-current="true"]')];
      return marked.length === 1 && marked[0].getAttribute('href') === `#${id}`;
    },
    id,
    { timeout: 5_000 },
  );
}

/** The ids the contents link to, whether or not the list is open. */
function contentsIds(page) {
  return page
    .getByRole('navigation', { name: 'Contents' })
    .locator('a')
    .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href').slice(1))));
}

/** Scrolls so that the section's heading is a little below the top of the window. */
async function readSection(page, id) {
  await page.evaluate((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - 60);
  }, id);
}

test('on a wide screen the contents stay in view and mark the section being read', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const targets = await article.contentsTargets();
    assert.ok(targets.length >= 3);
    assert.deepEqual(await currentTargets(page), [], 'a section is current at the top of the page');

    for (const id of [targets[1], targets.at(-1), targets[0]]) {
      await readSection(page, id);
      await waitForCurrent(page, id);
      assert.deepEqual(await currentTargets(page), [id]);
      const box = await article.contents().boundingBox();
      assert.ok(box.y >= 0 && box.y < 100, `the contents scrolled away: ${JSON.stringify(box)}`);
    }
  });
});

test('on a phone the contents are a bar naming the current section, opened by a button', async () => {
  await site.withPage(
    async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivar-smilga');
      const toggle = article.contents().getByRole('button', { name: /^Contents/ });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await article.contents().getByRole('link').first().isVisible(), false);

      const targets = await contentsIds(page);
      assert.ok(targets.length >= 3);
      const id = targets[2];
      await readSection(page, id);
      await waitForCurrent(page, id);
      const title = (await article.byId(id).locator('h2').innerText()).trim();
      await page.waitForFunction(
        (title) => document.querySelector('.toc-toggle')?.textContent.includes(title),
        title,
      );
      const bar = await article.contents().boundingBox();
      assert.ok(Math.abs(bar.y) <= 1, `the bar is not at the top: ${JSON.stringify(bar)}`);

      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const link = article.contents().getByRole('link').last();
      await link.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      const last = targets.at(-1);
      await page.waitForFunction((id) => {
        const heading = document.querySelector(`#${id} > .part-inside > h2`).getBoundingClientRect();
        const bar = document.querySelector('nav.toc').getBoundingClientRect();
        return heading.top >= bar.bottom - 1 && heading.top < window.innerHeight / 2;
      }, last);
      await waitForCurrent(page, last);
    },
    PHONE,
  );
});
