// End-to-end: parallel experiences, the same turn of fate in two lives: the marker after each sentence and its card, the way to the other life's passage, the bridges of the lives side by side, and the home page's list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger, IndexPage, isInViewport, waitForApp } from './pages.mjs';

const site = siteForTests();

/** The "too" marker after the sentence of `slug` that holds `words`. */
function experienceMarker(article, words) {
  return article
    .article()
    .locator('p', { hasText: words })
    .locator('button.marker-cross-ref', { hasText: ', too' });
}

test('the 1930 readmission: a marker after the sentence, a card with both lives, a link to the other', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const marker = experienceMarker(article, 'reinstated in the Party in May 1930');
    assert.equal(await marker.count(), 1, 'no "too" marker after the readmission');
    assert.equal((await marker.innerText()).replace(/\s+/gu, ' ').trim(), '⇄ Ivar Smilga, too');
    await marker.focus();
    const card = await (await cardOfTrigger(marker)).waitShown();
    assert.equal(await card.name(), 'Ivar Smilga, too');
    assert.equal(await card.kind(), 'parallel experience');
    // Smirnov was born in January 1881, Smilga on 2 December 1892; this life first.
    assert.deepEqual(await card.parts('card-passage-note'), [
      'Both broke with a cause or recanted: Smirnov in October 1929, aged 48; Smilga in July 1929, aged 36 (3 months apart)',
      'Both readmitted: Smirnov in May 1930, aged 49; Smilga in 1930, aged 37–38 (the same year)',
    ]);
    const restored = card.links().filter({ hasText: 'His membership of the communist party was restored in 1930' });
    const href = await restored.getAttribute('href');
    assert.match(href, /^\/ivar-smilga#[a-z0-9-]+-p\d+$/u);
    await restored.click();
    await page.waitForURL((url) => url.pathname === '/ivar-smilga');
    await card.waitHidden();
    const id = href.split('#')[1];
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), id);
    assert.ok(await isInViewport(page, id), 'the passage is not in view');
  });
});

test('the timeline bridges the rehabilitations, by year and by age', async () => {
  await site.withPage(async (page) => {
    for (const route of ['/timeline', '/timeline?align=age']) {
      await page.goto(site.url(route));
      await waitForApp(page);
      const entry = page.locator('.timeline-entry', { hasText: 'Smilga was posthumously rehabilitated in 1987' });
      const bridge = entry.locator('.entry-bridge a');
      assert.equal((await bridge.innerText()).trim(), 'Smirnov too, 1988: rehabilitated', route);
      const target = (await bridge.getAttribute('href')).slice(1);
      assert.match(await page.locator(`[id="${target}"]`).innerText(), /Smirnov was rehabilitated in 1988/u, route);
    }
  });
});

test('the home page lists every parallel experience, each life a link to its passage', async () => {
  await site.withPage(async (page) => {
    const index = await new IndexPage(page, site.url).open();
    const section = index.main().getByRole('region', { name: 'Parallel experiences' });
    const items = await section.getByRole('listitem').allInnerTexts();
    assert.ok(items.length >= 2, `${items}`);
    assert.ok(
      items.includes('Both rehabilitated (a year apart): Smilga in 1987, posthumously; Smirnov in 1988, posthumously'),
      `${items.join('\n')}`,
    );
    assert.deepEqual(await axeViolations(page), []);
    const smirnov = section.getByRole('listitem').filter({ hasText: 'Both rehabilitated' }).getByRole('link', { name: /^Smirnov/u });
    await smirnov.click();
    await page.waitForURL((url) => url.pathname === '/ivan-smirnov');
    const id = new URL(page.url()).hash.slice(1);
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), id);
    assert.match(await page.locator(`[id="${id}"]`).innerText(), /Smirnov was rehabilitated in 1988/u);
  });
});
