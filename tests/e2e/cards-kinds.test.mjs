// End-to-end: every kind of card (person, place, organisation, date, cross-reference, parallel experience, conflict,
// citation needed),
// opened by hover, by keyboard (Tab, Esc, Enter) and by tap on a touch phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, readCorpus, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger, overlaps, rectOf, tabTo, viewportOf } from './pages.mjs';

/** A touch phone: the size of a common handset, in portrait. */

const corpus = await readCorpus();
const site = siteForTests();

/** The entity a mention button names, from the corpus export. */
async function entityOf(trigger) {
  const mention = corpus.mentions[Number(await trigger.getAttribute('data-mention'))];
  return corpus.entities[mention.entity];
}

/** The `/<slug>#<element id>` address of a place of the corpus (its holder, as the export writes it). */
function addressOf(place) {
  const [[kind, id]] = Object.entries(place.holder);
  return `/${corpus.articles[place.article].slug}#${kind === 'Infobox' ? 'infobox' : id}`;
}

/**
 * The kinds of card: where one is found, and what its card must say.
 * `find(article)` returns the trigger; `check(card, trigger)` asserts on the open card.
 */
const KINDS = [
  {
    kind: 'person',
    slug: 'ivan-smirnov',
    find: (article) => article.mark('person', 'Kolchak').first(),
    async check(card, trigger) {
      const entity = await entityOf(trigger);
      assert.equal(await card.name(), entity.name);
      assert.equal(await card.kind(), 'person');
      assert.match((await card.part('card-age')) ?? '', /^Aged \d+(–\d+)? at the time of this passage/u);
      const hrefs = await card.links().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.some((h) => h.startsWith('/ivar-smilga#')), `no mention in the other life: ${hrefs}`);
    },
  },
  {
    kind: 'place',
    slug: 'ivan-smirnov',
    find: (article) => article.mark('place', 'Tomsk').first(),
    async check(card, trigger) {
      const entity = await entityOf(trigger);
      assert.equal(await card.name(), entity.name);
      assert.equal(await card.kind(), 'place');
      assert.ok((await card.links().count()) > 0, 'Tomsk is named more than once');
    },
  },
  {
    kind: 'organisation',
    slug: 'ivar-smilga',
    find: (article) => article.article().locator('button.mark-organisation').first(),
    async check(card, trigger) {
      const entity = await entityOf(trigger);
      assert.equal(await card.name(), entity.name);
      assert.equal(await card.kind(), 'organisation');
      assert.equal(await card.part('card-description'), entity.description);
    },
  },
  {
    kind: 'date',
    slug: 'ivan-smirnov',
    find: (article) => article.mark('date', 'A month later').first(),
    async check(card) {
      assert.equal(await card.name(), 'December 1927');
      assert.equal(await card.kind(), 'date');
      assert.equal(await card.part('card-iso'), '1927-12-01 – 1927-12-31');
      // Smirnov was born in January 1881; Smilga on 2 December 1892.
      assert.deepEqual(await card.parts('card-age'), ['Ivan Smirnov was 46', 'Ivar Smilga was 34–35']);
      const hrefs = await card.links().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.includes('/ivar-smilga#economist-and-oppositionist-p2'), `${hrefs}`);
    },
  },
  {
    kind: 'cross-reference',
    slug: 'ivan-smirnov',
    // The December 1927 expulsion: "A month later, he was expelled from the Party…".
    find: (article) => article.byId('opposition-p2').locator('button.marker-cross-ref').filter({ hasNotText: ', too' }).first(),
    async check(card) {
      assert.equal(await card.name(), 'Also told in Ivar Smilga');
      assert.equal(await card.kind(), 'cross-reference');
      const quoted = await card.links().allInnerTexts();
      assert.ok(
        quoted.some((q) => q.startsWith('Smilga was expelled from the Central Committee on 14 November 1927')),
        `${quoted}`,
      );
    },
  },
  {
    kind: 'parallel experience',
    slug: 'ivar-smilga',
    // "Smilga was posthumously rehabilitated in 1987." Smirnov was, in 1988.
    find: (article) =>
      article
        .article()
        .locator('p', { hasText: 'posthumously rehabilitated in 1987' })
        .locator('button.marker-cross-ref', { hasText: 'Ivan Smirnov, too' }),
    async check(card) {
      assert.equal(await card.name(), 'Ivan Smirnov, too');
      assert.equal(await card.kind(), 'parallel experience');
      assert.deepEqual(await card.parts('card-passage-note'), [
        'Both rehabilitated: Smilga in 1987, posthumously; Smirnov in 1988, posthumously (a year apart)',
      ]);
      assert.deepEqual(await card.links().allInnerTexts(), ['Smirnov was rehabilitated in 1988.']);
    },
  },
  {
    kind: 'conflict',
    slug: 'ivan-smirnov',
    find: (article) => article.byId('political-life-p1').locator('button.marker-conflict').first(),
    async check(card) {
      const conflict = corpus.conflicts.find((c) => c.fact.startsWith('birth place'));
      assert.equal(await card.kind(), 'conflicting claims');
      const hrefs = await card.links().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, conflict.claims.map((c) => addressOf(c.passage.place)));
      const notes = await card.parts('card-passage-note');
      for (const [i, claim] of conflict.claims.entries()) {
        assert.ok(notes[i].includes(claim.value), `claim ${claim.value} not in ${notes[i]}`);
      }
    },
  },
  {
    kind: 'citation needed',
    slug: 'ivar-smilga',
    find: (article) => article.article().locator('sup.citation-needed button').first(),
    async check(card) {
      assert.equal(await card.name(), 'Citation needed');
      assert.match((await card.part('card-description')) ?? '', /reference/u);
    },
  },
];

/** Asserts that the open card is inside the viewport and clear of its annotation. */
async function assertPlaced(page, card, trigger) {
  const [box, anchor, viewport] = [await rectOf(card.root), await rectOf(trigger), await viewportOf(page)];
  assert.ok(!overlaps(box, anchor), `the card ${JSON.stringify(box)} covers its annotation ${JSON.stringify(anchor)}`);
  assert.ok(
    box.left >= 0 && box.top >= 0 && box.right <= viewport.width + 0.5 && box.bottom <= viewport.height + 0.5,
    `the card ${JSON.stringify(box)} leaves the viewport ${JSON.stringify(viewport)}`,
  );
}

for (const kind of KINDS) {
  test(`${kind.kind}: hovering opens the card, beside the annotation`, async () => {
    await site.withPage(
      async (page) => {
        const article = await new ArticlePage(page, site.url).open(kind.slug);
        const trigger = kind.find(article);
        await trigger.scrollIntoViewIfNeeded();
        assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
        await trigger.hover();
        const card = await (await cardOfTrigger(trigger)).waitShown();
        await kind.check(card, trigger);
        await assertPlaced(page, card, trigger);
      },
      { viewport: { width: 1280, height: 800 } },
    );
  });

  test(`${kind.kind}: the keyboard opens the card, Esc closes it and keeps the focus, Enter reopens it, ↓ goes in`, async () => {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(kind.slug);
      const trigger = kind.find(article);
      await trigger.waitFor();
      await tabTo(trigger);
      const card = await (await cardOfTrigger(trigger)).waitShown();
      await kind.check(card, trigger);

      await page.keyboard.press('Escape');
      await card.waitHidden();
      assert.equal(await trigger.evaluate((el) => document.activeElement === el), true, 'Esc moved the focus');
      assert.equal(await trigger.getAttribute('aria-expanded'), 'false');

      await page.keyboard.press('Enter');
      await card.waitShown();
      await page.keyboard.press('ArrowDown');
      const inside = await card.root.evaluate((el) => el.contains(document.activeElement));
      assert.ok(inside, '↓ did not move the focus into the card');
      await card.waitShown();

      await page.keyboard.press('Escape');
      await card.waitHidden();
      assert.equal(
        await trigger.evaluate((el) => document.activeElement === el),
        true,
        'Esc from inside the card did not return the focus to the annotation',
      );
    });
  });

  test(`${kind.kind}: a tap on a phone opens a bottom sheet and does not navigate`, async () => {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(kind.slug);
      const trigger = kind.find(article);
      await trigger.scrollIntoViewIfNeeded();
      const before = page.url();
      await trigger.tap();
      const card = await (await cardOfTrigger(trigger)).waitShown();
      assert.equal(page.url(), before, 'the tap navigated');
      await kind.check(card, trigger);
      const [box, viewport] = [await rectOf(card.root), await viewportOf(page)];
      assert.ok(Math.abs(box.bottom - viewport.height) <= 1, `the sheet ends at ${box.bottom}, not ${viewport.height}`);
      assert.ok(box.left <= 0.5 && Math.abs(box.right - viewport.width) <= 1, `the sheet is not full width: ${JSON.stringify(box)}`);
      await assertPlaced(page, card, trigger);
      // Longer than the hover grace period: a tap is not a hover, so lifting the finger (or the
      // page scrolling the annotation above the sheet) does not close it.
      await page.waitForTimeout(700);
      assert.ok(await card.root.isVisible(), 'the sheet closed by itself after the tap');
      // Its close button dismisses it.
      await card.root.getByRole('button', { name: 'Close' }).tap();
      await card.waitHidden();
      assert.equal(page.url(), before);
    }, PHONE);
  });
}
