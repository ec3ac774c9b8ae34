// End-to-end: cards on annotated names and dates, by mouse and by keyboard.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger } from './pages.mjs';

/** An ISO date, or two joined by a dash: "1936-08-25", "1918-08-01 – 1919-04-30". */
const ISO_VALUE = /^\d{4}-\d{2}-\d{2}(\s*[–-]\s*\d{4}-\d{2}-\d{2})?$/u;

/** Tab presses allowed before a date must have taken the focus. */
const MAX_TABS = 400;

const site = siteForTests();

test('hovering a person shows a card with the name, the kind and a description', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    const trotsky = article.mark('person', 'Trotsky').first();
    await trotsky.waitFor();
    assert.equal(await trotsky.getAttribute('type'), 'button');
    assert.ok(await trotsky.getAttribute('data-mention'), 'a person mark carries data-mention');

    await trotsky.hover();
    const card = await cardOfTrigger(trotsky);
    await card.waitShown();
    assert.match((await card.name()) ?? '', /Trotsky/);
    assert.equal(await card.kind(), 'person');
    const description = await card.description();
    assert.ok(description && description.length > 0, 'the card has no description');
    assert.equal(await card.iso(), null, 'a person card shows no ISO date');

    // Leaving the name closes the card.
    await page.mouse.move(0, 0);
    await card.waitHidden();
  });
});

test('a date reached with the keyboard shows its card with the ISO value', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    await article.article().locator('button.mark-date').first().waitFor();

    // Tab from text to text (one stop each); in a text with a date, → along its annotations.
    let presses = 0;
    const onDate = () => page.evaluate(() => document.activeElement?.matches('button.mark-date') ?? false);
    const dateHere = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('[data-annotations]')?.querySelector('button.mark-date')));
    while (!(await onDate())) {
      presses += 1;
      assert.ok(presses <= MAX_TABS, `no date took the focus within ${MAX_TABS} key presses`);
      await page.keyboard.press((await dateHere()) ? 'ArrowRight' : 'Tab');
    }

    const focused = page.locator('button.mark-date:focus');
    assert.ok(await focused.getAttribute('data-date'), 'a date mark carries data-date');
    const card = await cardOfTrigger(focused);
    await card.waitShown();
    assert.match((await card.iso()) ?? '', ISO_VALUE);
    assert.equal(await card.kind(), 'date');
    assert.ok(((await card.name()) ?? '').length > 0, 'the card names the date in words');

    // Escape closes it.
    await page.keyboard.press('Escape');
    await card.waitHidden();
  });
});
