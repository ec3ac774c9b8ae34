// End-to-end: a surname two glossary entries share: the card of each bare "Kamenev" of the Smilga text says which Kamenev it is, why the compiler chose him, and which it did not; a name only one entry has says nothing of the kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, collapse, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger } from './pages.mjs';

const site = siteForTests();

/** Sergei Kamenev's note, chosen for what the sentence names. */
const sergei = (named) =>
  `Kamenev here is Sergei Kamenev (chosen because the same sentence names ${named}); not Lev Kamenev.`;

/** The bare "Kamenev"s of the Smilga text in reading order: words of its sentence, who it is, the note. */
const KAMENEVS = [
  {
    sentence: 'Smilga, Lashevich and Kamenev insisted on continuing the offensive',
    name: 'Sergei Kamenev',
    note: sergei('Smilga and Lashevich'),
  },
  {
    sentence: 'he proposed that Kamenev should replace Vatzetis as commander in chief',
    name: 'Sergei Kamenev',
    note: sergei('Vatzetis'),
  },
  {
    sentence: 'Smilga, Gusev and Kamenev joined Trotsky on the six-member Revolutionary Council of War',
    name: 'Sergei Kamenev',
    note: sergei('Smilga, Gusev and the Revolutionary Council of War'),
  },
  {
    sentence: 'the secret opposition bloc Trotsky, Zinoviev and Kamenev had created in 1932',
    name: 'Lev Kamenev',
    note: 'Kamenev here is Lev Kamenev (chosen because the same sentence names the secret opposition bloc and Zinoviev); not Sergei Kamenev.',
  },
];

/** Hovers `trigger` and returns its card, open. */
async function hoverCard(trigger) {
  await trigger.scrollIntoViewIfNeeded();
  await trigger.hover();
  return (await cardOfTrigger(trigger)).waitShown();
}

test('each bare "Kamenev" of the Smilga text says which Kamenev it is, why, and which it is not', async () => {
  await site.withPage(
    async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivar-smilga');
      const marks = article.mark('person', 'Kamenev');
      assert.equal(await marks.count(), KAMENEVS.length);
      for (const [i, expected] of KAMENEVS.entries()) {
        const trigger = marks.nth(i);
        const paragraph = collapse(await trigger.evaluate((el) => el.closest('p').textContent));
        assert.ok(paragraph.includes(expected.sentence), `Kamenev ${i + 1} is not in "${expected.sentence}"`);
        const card = await hoverCard(trigger);
        assert.equal(await card.name(), expected.name, `Kamenev ${i + 1}`);
        assert.equal(await card.part('card-choice-note'), expected.note, `Kamenev ${i + 1}`);
        if (i === 0) {
          assert.deepEqual(await axeViolations(page), [], 'violations with a Kamenev card open');
        }
        // Leaving the mark closes its card.
        await page.mouse.move(1, 1);
        await card.waitHidden();
      }
    },
    { viewport: { width: 1280, height: 800 } },
  );
});

test('a name only one entry has gives no such note', async () => {
  await site.withPage(
    async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivar-smilga');
      const card = await hoverCard(article.mark('person', 'Sergei Kamenev').first());
      assert.equal(await card.name(), 'Sergei Kamenev');
      assert.equal(await card.part('card-choice-note'), null);
    },
    { viewport: { width: 1280, height: 800 } },
  );
});
