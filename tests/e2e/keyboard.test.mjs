// End-to-end: reading at full speed by keyboard: one Tab stop per paragraph, arrows between a paragraph's annotations, Enter or ↓ into a card, Esc back, the reading shortcuts and their help dialog, and what a screen reader is given to read.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { axeViolations, ROOT, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger } from './pages.mjs';

const site = siteForTests();

/** The article's paragraphs and quotations, in the document and inside the article. */
const PARAGRAPHS = 'article section p[id], article section blockquote[id]';
const IN_ARTICLE = 'section p[id], section blockquote[id]';

/** The focused element, described: its tag, id, classes and text. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, id: el.id, className: el.className, text: el.textContent.trim().slice(0, 80) };
  });
}

/** Whether the focus is on the element the locator finds. */
function hasFocus(locator) {
  return locator.evaluate((el) => document.activeElement === el);
}

for (const slug of ['ivan-smirnov', 'ivar-smilga']) {
  test(`${slug}: Tab reaches the last paragraph in at most one press per paragraph plus the page's controls`, async () => {
    await site.withPage(async (page) => {
      await new ArticlePage(page, site.url).open(slug);
      // The page's controls: what Tab reaches outside the paragraphs' annotations (skip link,
      // header, contents, section links, the infobox and references count as texts too).
      const { paragraphs, controls } = await page.evaluate((selector) => {
        const shown = (el) => el.getClientRects().length > 0;
        const tabbable = [...document.querySelectorAll('a[href], button, [tabindex]')].filter(
          (el) => el.tabIndex >= 0 && shown(el),
        );
        return {
          paragraphs: document.querySelectorAll(selector).length,
          controls: tabbable.filter((el) => !el.closest('[data-annotations]')).length,
        };
      }, PARAGRAPHS);
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      let presses = 0;
      let inLast = false;
      while (!inLast && presses < 2 * (paragraphs + controls)) {
        await page.keyboard.press('Tab');
        presses += 1;
        inLast = await page.evaluate((selector) => {
          const all = document.querySelectorAll(selector);
          return all[all.length - 1].contains(document.activeElement);
        }, PARAGRAPHS);
      }
      assert.ok(inLast, `the last paragraph was not reached in ${presses} presses`);
      // Texts outside the sections (the infobox's values, the references) have a stop each too.
      const texts = await page.locator('[data-annotations]').count();
      assert.ok(
        presses <= texts + controls,
        `${presses} Tab presses for ${paragraphs} paragraphs, ${texts} annotated texts and ${controls} controls`,
      );
      console.log(`# ${slug}: ${presses} Tab presses to the last paragraph (${paragraphs} paragraphs, ${controls} controls)`);
    });
  });
}

test("arrows move between a paragraph's annotations; Tab leaves for the next paragraph", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const paragraph = article.article().locator(IN_ARTICLE).nth(1);
    const triggers = paragraph.locator('button[data-annotation]:not(.copy-link)');
    assert.ok((await triggers.count()) >= 3, 'the paragraph has few annotations');
    // Exactly one stop per paragraph, the first annotation.
    const stops = await paragraph.locator('[tabindex="0"]').count();
    assert.equal(stops, 1);
    assert.equal(await triggers.first().getAttribute('tabindex'), '0');

    await triggers.first().focus();
    await cardOfTrigger(triggers.first()).then((card) => card.waitShown());
    await page.keyboard.press('ArrowRight');
    assert.ok(await hasFocus(triggers.nth(1)), `ArrowRight went to ${JSON.stringify(await focused(page))}`);
    // The stop moved with the focus: Shift+Tab and Tab come back to it.
    assert.equal(await triggers.nth(1).getAttribute('tabindex'), '0');
    assert.equal(await triggers.first().getAttribute('tabindex'), '-1');
    const card = await (await cardOfTrigger(triggers.nth(1))).waitShown();
    await page.keyboard.press('ArrowLeft');
    assert.ok(await hasFocus(triggers.first()));
    await card.waitHidden();
    await page.keyboard.press('End');
    assert.ok(await hasFocus(paragraph.locator('button[data-annotation]').last()), 'End did not reach the last');
    await page.keyboard.press('Home');
    assert.ok(await hasFocus(triggers.first()));

    // Tab, even with the card open, goes to the next paragraph's stop, not into the card.
    await page.keyboard.press('Tab');
    const next = article.article().locator(IN_ARTICLE).nth(2);
    const landed = await page.evaluate(
      (id) => document.getElementById(id).contains(document.activeElement),
      await next.getAttribute('id'),
    );
    assert.ok(landed, `Tab went to ${JSON.stringify(await focused(page))}`);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('tabindex')), '0');
  });
});

test('Enter or ↓ goes into the open card, ↑ ↓ move inside it, Esc returns to the annotation, Tab leaves the paragraph', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const trigger = article.mark('person', 'Kolchak').first();
    const paragraph = trigger.locator('xpath=ancestor::*[@data-annotations][1]');
    await trigger.focus();
    const card = await (await cardOfTrigger(trigger)).waitShown();
    const inside = card.root.locator('a[href], button');
    assert.ok((await inside.count()) >= 2, 'the card has fewer than two controls');

    await page.keyboard.press('ArrowDown');
    assert.ok(await hasFocus(inside.first()), `↓ went to ${JSON.stringify(await focused(page))}`);
    await page.keyboard.press('ArrowDown');
    assert.ok(await hasFocus(inside.nth(1)));
    await page.keyboard.press('ArrowUp');
    assert.ok(await hasFocus(inside.first()));
    await page.keyboard.press('Escape');
    await card.waitHidden();
    assert.ok(await hasFocus(trigger), 'Esc did not return to the annotation');

    await page.keyboard.press('Enter');
    await card.waitShown();
    await page.keyboard.press('Enter');
    assert.ok(await hasFocus(inside.first()), 'Enter on the open card did not go in');
    await page.keyboard.press('Tab');
    await card.waitHidden();
    const left = await paragraph.evaluate((p) => !p.contains(document.activeElement));
    assert.ok(left, `Tab from the card stayed in the paragraph: ${JSON.stringify(await focused(page))}`);
  });
});

test('j, k, ] and [ move between paragraphs and sections; n and p between annotations; c copies the link', async () => {
  await site.withPage(async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    const paragraphs = article.article().locator(IN_ARTICLE);
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement.id), await paragraphs.nth(0).getAttribute('id'));
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement.id), await paragraphs.nth(1).getAttribute('id'));
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.activeElement.id), await paragraphs.nth(0).getAttribute('id'));

    // n: the paragraph's first annotation; p: back to the one before it (none: it stays).
    await page.keyboard.press('n');
    const first = paragraphs.nth(0).locator('button[data-annotation]:not(.copy-link)').first();
    assert.ok(await hasFocus(first), `n went to ${JSON.stringify(await focused(page))}`);
    await page.keyboard.press('n');
    assert.ok(await hasFocus(paragraphs.nth(0).locator('button[data-annotation]:not(.copy-link)').nth(1)));

    await page.keyboard.press(']');
    const heading = await focused(page);
    assert.equal(heading.tag, 'H2', `] went to ${JSON.stringify(heading)}`);
    await page.keyboard.press(']');
    const second = await focused(page);
    assert.equal(second.tag, 'H2');
    assert.notEqual(second.text, heading.text);
    await page.keyboard.press('[');
    assert.equal((await focused(page)).text, heading.text);

    await page.keyboard.press('j');
    const current = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('c');
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${site.origin}/ivar-smilga#${current}`);
  });
});

test('? lists the shortcuts in a dialog; t switches the theme; no shortcut acts while typing in a field', async () => {
  await site.withPage(async (page) => {
    await new ArticlePage(page, site.url).open('ivan-smirnov');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const keys = await dialog.locator('kbd').allInnerTexts();
    for (const key of ['j / k', '] / [', 'n / p', 'c', 't', '?', 'Esc']) {
      assert.ok(keys.includes(key), `${key} is not listed: ${keys}`);
    }
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
    await page.keyboard.press('t');
    await page.getByRole('status').filter({ hasText: /^(Dark|Light) theme$/u }).waitFor();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.notEqual(after, before);

    // A field on the page (as an extension or a future search box would add) takes its keys.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      field.setAttribute('aria-label', 'A field');
      document.querySelector('main').prepend(field);
    });
    await page.locator('#typing').focus();
    await page.keyboard.type('jkt?nc');
    assert.equal(await page.locator('#typing').inputValue(), 'jkt?nc');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), after);
    assert.ok(await hasFocus(page.locator('#typing')));
    assert.equal(await dialog.isVisible(), false);
  });
});

/** The accessibility snapshot of `locator` against the reviewed file `tests/e2e/aria/<name>.yml`
 * (written when UPDATE_SNAPSHOTS is set; read the diff). */
async function matchesAriaSnapshot(locator, name) {
  const file = path.join(ROOT, 'tests', 'e2e', 'aria', `${name}.yml`);
  const now = `${await locator.ariaSnapshot()}\n`;
  if (process.env.UPDATE_SNAPSHOTS) {
    await writeFile(file, now);
    return;
  }
  assert.equal(now, await readFile(file, 'utf8'), `${file} differs: run with UPDATE_SNAPSHOTS=1 and read the diff`);
}

test('a screen reader hears each annotation as its words and meaning, and an open card by its heading', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const paragraph = article.mark('person', 'Kolchak').first().locator('xpath=ancestor::*[@data-annotations][1]');
    await matchesAriaSnapshot(paragraph, 'smirnov-kolchak-paragraph');
    const trigger = article.mark('person', 'Kolchak').first();
    await trigger.focus();
    const card = await (await cardOfTrigger(trigger)).waitShown();
    await matchesAriaSnapshot(card.root, 'kolchak-card');
  });
});
