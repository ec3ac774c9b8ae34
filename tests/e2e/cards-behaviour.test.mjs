// End-to-end: how cards behave (WCAG 2.2 SC 1.4.13): the pointer can move into a card, links in it open the passage they
// quote, one card at a time, never over the annotation nor out of view, and no axe-core violation with a card open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, PHONE, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger, markersOf, overlaps, rectOf, viewportOf } from './pages.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };

const site = siteForTests();

/** Moves the mouse from the centre of `from` to the centre of `to` in small steps, as a hand does. */
async function glide(page, from, to, steps = 12) {
  const [a, b] = [await rectOf(from), await rectOf(to)];
  await page.mouse.move((a.left + a.right) / 2, (a.top + a.bottom) / 2);
  await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2, { steps });
}

/** True when the element's rectangle is at least partly in the viewport. */
async function inView(locator) {
  const [rect, viewport] = [await rectOf(locator), await viewportOf(locator.page())];
  return rect.bottom > 0 && rect.top < viewport.height;
}

test('the pointer can move into a card and use its links; leaving both closes it', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const kolchak = article.mark('person', 'Kolchak').first();
    await kolchak.scrollIntoViewIfNeeded();
    await kolchak.hover();
    const card = await (await cardOfTrigger(kolchak)).waitShown();
    const link = card.links().first();
    await glide(page, kolchak, link);
    // Longer than the grace period: the card is still there.
    await page.waitForTimeout(700);
    assert.ok(await card.root.isVisible(), 'the card closed while the pointer was on it');

    await page.mouse.move(2, 2, { steps: 4 });
    await card.waitHidden();

    // Back in, and a click on the quoted passage opens it in the other biography.
    await kolchak.hover();
    await card.waitShown();
    await glide(page, kolchak, link);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    const target = article.byId(decodeURIComponent(href.split('#')[1]));
    await target.waitFor();
    await page.waitForFunction((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }, await target.elementHandle());
    await card.waitHidden();
  }, DESKTOP);
});

test('a cross-reference link opens the other biography at the passage, in view', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const marker = article.byId('opposition-p2').locator('button.marker-cross-ref').filter({ hasNotText: ', too' }).first();
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    const card = await (await cardOfTrigger(marker)).waitShown();
    const link = card.links().filter({ hasText: /^Smilga was expelled from the Central Committee/u });
    assert.equal(await link.getAttribute('href'), '/ivar-smilga#economist-and-oppositionist-p2');
    await glide(page, marker, link);
    await link.click();
    await page.waitForURL(/\/ivar-smilga#economist-and-oppositionist-p2$/u);
    assert.equal(await article.headingText(), 'Ivar Smilga');
    const target = article.byId('economist-and-oppositionist-p2');
    await page.waitForFunction((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight / 2;
    }, await target.elementHandle());
    assert.ok(await inView(target));
    // The passage there has its marker back to Smirnov.
    assert.ok((await target.locator('button.marker-cross-ref').count()) > 0);
  }, DESKTOP);
});

test('a link to a passage of the same article scrolls there without reloading', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    await page.evaluate(() => {
      window.notReloaded = true;
    });
    const tomsk = article.mark('place', 'Tomsk').first();
    await tomsk.focus();
    const card = await (await cardOfTrigger(tomsk)).waitShown();
    const link = card.links().first();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/ivan-smirnov#/u);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page reloaded');
    const target = article.byId(href.split('#')[1]);
    await page.waitForFunction((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }, await target.elementHandle());
  }, DESKTOP);
});

test('only one card is open at a time', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    const first = article.article().locator('button.mark-person').first();
    await first.focus();
    await (await cardOfTrigger(first)).waitShown();
    // Far from the first, so that its card cannot be in the way.
    const second = article.article().locator('button.mark-place').last();
    await second.hover();
    await (await cardOfTrigger(second)).waitShown();
    assert.equal(await page.getByRole('dialog').count(), 1);
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
  }, DESKTOP);
});

/**
 * Opens the card of every `every`-th annotation of the article with the annotation scrolled
 * to the top, the middle and the bottom of the viewport in turn, and checks the card is clear
 * of it and inside the viewport. Returns how many cards were checked.
 */
async function sweep(page, slug, open, every) {
  const article = await new ArticlePage(page, site.url).open(slug);
  const triggers = article.article().locator('button.mark, button.marker');
  const count = await triggers.count();
  let checked = 0;
  for (let i = 0; i < count; i += every) {
    const trigger = triggers.nth(i);
    const block = ['start', 'center', 'end'][checked % 3];
    await trigger.evaluate((el, where) => el.scrollIntoView({ block: where, behavior: 'instant' }), block);
    await open(trigger);
    const card = await (await cardOfTrigger(trigger)).waitShown();
    const [box, anchor, viewport] = [await rectOf(card.root), await rectOf(trigger), await viewportOf(page)];
    const where = `annotation ${i} ("${await trigger.innerText()}", scrolled to the ${block})`;
    assert.ok(!overlaps(box, anchor), `${where}: card ${JSON.stringify(box)} covers it ${JSON.stringify(anchor)}`);
    assert.ok(
      box.left >= 0 && box.top >= 0 && box.right <= viewport.width + 0.5 && box.bottom <= viewport.height + 0.5,
      `${where}: card ${JSON.stringify(box)} leaves the viewport ${JSON.stringify(viewport)}`,
    );
    await page.keyboard.press('Escape');
    await card.waitHidden();
    checked += 1;
  }
  return checked;
}

test('on a desktop, no card covers its annotation or leaves the viewport', async () => {
  for (const slug of ['ivan-smirnov', 'ivar-smilga']) {
    const checked = await site.withPage((page) => sweep(page, slug, (t) => t.focus(), 9), DESKTOP);
    assert.ok(checked >= 20, `only ${checked} cards checked on ${slug}`);
  }
});

test('on a phone, every sheet leaves its annotation in view above it', async () => {
  for (const slug of ['ivan-smirnov', 'ivar-smilga']) {
    const checked = await site.withPage((page) => sweep(page, slug, (t) => t.tap(), 15), PHONE);
    assert.ok(checked >= 12, `only ${checked} cards checked on ${slug}`);
  }
});

test('axe-core finds no violation with a card open, on a desktop and on a phone', async () => {
  const cases = [
    { slug: 'ivan-smirnov', find: (a) => a.mark('person', 'Kolchak').first(), options: DESKTOP },
    { slug: 'ivan-smirnov', find: (a) => a.byId('opposition-p2').locator('button.marker-cross-ref').filter({ hasNotText: ', too' }).first(), options: DESKTOP },
    { slug: 'ivan-smirnov', find: (a) => a.byId('political-life-p1').locator('button.marker-conflict').first(), options: DESKTOP },
    { slug: 'ivar-smilga', find: (a) => a.article().locator('sup.citation-needed button').first(), options: DESKTOP },
    { slug: 'ivan-smirnov', find: (a) => a.mark('date', 'A month later').first(), options: PHONE },
  ];
  for (const { slug, find, options } of cases) {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(slug);
      const trigger = find(article);
      await trigger.focus();
      const card = await (await cardOfTrigger(trigger)).waitShown();
      assert.deepEqual(await axeViolations(page), [], `violations with ${await card.name()} open on ${slug}`);
    }, options);
  }
});

test('markers are in the text: cross-references on both biographies, conflicts, citation needed', async () => {
  await site.withPage(async (page) => {
    const smirnov = await new ArticlePage(page, site.url).open('ivan-smirnov');
    await smirnov.article().locator('section').last().waitFor();
    assert.ok((await markersOf(page, 'cross-ref').count()) >= 5);
    assert.ok((await markersOf(page, 'conflict').count()) >= 2);
    const name = await markersOf(page, 'cross-ref').first().getAttribute('aria-label');
    assert.match(name, /^Also told in Ivar Smilga: \d+ passages?$/u);
  }, DESKTOP);
});
