// End-to-end: who appears where. An entity's card has a mention bar per biography naming it, with a tick where each mention stands, leading to its paragraph; "People and places in this biography" lists an article's entities by kind, the most mentioned first, each with its bar, with and without JavaScript; the arrow keys move along a bar; axe-core finds nothing with the list or a card open, on a desktop and at 360 px.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, readCorpus, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger } from './pages.mjs';

const corpus = await readCorpus();
const site = siteForTests();

const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** The narrowest phone the layout is made for. */
const NARROW = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The kinds in the order the list gives them, as the export names them. */
const KINDS = ['Person', 'Place', 'Organisation', 'Event', 'Work'];
const PLURAL = { Person: 'People', Place: 'Places', Organisation: 'Organisations', Event: 'Events', Work: 'Works' };

function articleIndex(slug) {
  return corpus.articles.findIndex((a) => a.slug === slug);
}

/** The paragraph id of a place in the body, or null (infobox, references). */
function paragraphOf(place) {
  return place.holder.Paragraph ?? null;
}

/** `[{ id, mention }]`: an entity's mentions in an article's body, in reading order. */
function bodyMentions(entity, article) {
  return corpus.mentions
    .map((mention, id) => ({ id, mention }))
    .filter(({ mention }) => mention.entity === entity && mention.place.article === article && paragraphOf(mention.place))
    .sort((a, b) => a.mention.place.span.start - b.mention.place.span.start);
}

/** Where a mention stands along its article's body, in percent (unrounded). */
function percentAlong(mention) {
  const paragraphs = corpus.articles[mention.place.article].sections.flatMap((s) => s.paragraphs);
  const start = paragraphs[0].text.source.start;
  const end = paragraphs.at(-1).text.source.end;
  return ((mention.place.span.start - start) / (end - start)) * 100;
}

/** The title of the section holding a paragraph, as a tick names it. */
function sectionNamed(article, paragraph) {
  const section = corpus.articles[article].sections.find((s) => s.paragraphs.some((p) => p.id === paragraph));
  return section.title || 'the introduction';
}

/** Whether the paragraph `id` of an article holds a mention of `entity`, by the corpus. */
function holdsMention(article, id, entity) {
  return corpus.mentions.some((m) => m.entity === entity && m.place.article === article && paragraphOf(m.place) === id);
}

/** `[{ kind, names: [{ entity, count, first }] }]`: an article's entities as the list must give them. */
function expectedList(article) {
  const named = new Map();
  for (const mention of corpus.mentions) {
    if (mention.place.article !== article || !paragraphOf(mention.place)) continue;
    const seen = named.get(mention.entity) ?? { entity: mention.entity, count: 0, start: Infinity, first: null };
    seen.count += 1;
    if (mention.place.span.start < seen.start) {
      seen.start = mention.place.span.start;
      seen.first = paragraphOf(mention.place);
    }
    named.set(mention.entity, seen);
  }
  return KINDS.map((kind) => ({
    kind,
    names: [...named.values()]
      .filter((n) => corpus.entities[n.entity].kind === kind)
      .sort((a, b) => b.count - a.count || a.start - b.start || a.entity - b.entity),
  })).filter((group) => group.names.length > 0);
}

function mentionsInWords(count) {
  return count === 1 ? '1 mention' : `${count} mentions`;
}

/** Where each tick of a bar stands, in percent of the bar's inside, with its name and address. */
function ticksOf(bar) {
  return bar.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('a.mention-tick')].map((a) => {
      const r = a.getBoundingClientRect();
      return {
        at: ((r.left + r.width / 2 - box.left - el.clientLeft) / el.clientWidth) * 100,
        name: a.textContent.trim(),
        href: a.getAttribute('href'),
        tabIndex: a.tabIndex,
        current: a.classList.contains('is-current'),
      };
    });
  });
}

/** Asserts that a bar's ticks are the entity's mentions in that article, each where it stands. */
async function checkBar(bar, entity, article, current = null) {
  const expected = bodyMentions(entity, article);
  const ticks = await ticksOf(bar);
  const slug = corpus.articles[article].slug;
  assert.equal(
    await bar.getAttribute('aria-label'),
    `${corpus.entities[entity].name} in ${corpus.articles[article].title}: ${mentionsInWords(expected.length)}`,
  );
  assert.equal(ticks.length, expected.length, `${corpus.entities[entity].name} in ${slug}`);
  ticks.forEach((tick, i) => {
    const { id, mention } = expected[i];
    const paragraph = paragraphOf(mention.place);
    const here = id === current ? ', this passage' : '';
    assert.equal(tick.name, `Mention ${i + 1} of ${expected.length}, in ${sectionNamed(article, paragraph)}${here}`);
    assert.equal(tick.href, `/${slug}#${paragraph}`);
    assert.ok(holdsMention(article, paragraph, entity));
    assert.ok(Math.abs(tick.at - percentAlong(mention)) <= 1.5, `tick ${i + 1} at ${tick.at}%, mention at ${percentAlong(mention)}%`);
    assert.equal(tick.current, id === current);
  });
  // One Tab stop per bar: the mention being read, else the first.
  const stops = ticks.map((t, i) => (t.tabIndex === 0 ? i : null)).filter((i) => i !== null);
  const reading = expected.findIndex(({ id }) => id === current);
  assert.deepEqual(stops, [reading >= 0 ? reading : 0]);
}

/** Opens the card of an annotation by keyboard focus; returns it and the mention it is of. */
async function openCardOf(trigger) {
  await trigger.scrollIntoViewIfNeeded();
  await trigger.focus();
  const card = await (await cardOfTrigger(trigger)).waitShown();
  const mention = Number(await trigger.getAttribute('data-mention'));
  return { card, mention, entity: corpus.mentions[mention].entity };
}

/** The disclosure under the title, opened. */
async function openList(page) {
  const details = page.locator('details.people-and-places');
  await details.locator('summary').click();
  await page.waitForFunction(() => document.querySelector('details.people-and-places')?.open);
  return details;
}

test("an entity's card has a bar per biography naming it, this one first, a tick where each mention stands", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const { card, mention, entity } = await openCardOf(article.mark('person', 'Kolchak').first());
    const here = corpus.mentions[mention].place.article;
    const naming = corpus.articles.map((_, i) => i).filter((i) => bodyMentions(entity, i).length > 0);
    const order = [here, ...naming.filter((i) => i !== here)];
    assert.ok(order.length >= 2, 'Kolchak is named in both lives');
    const section = card.root.locator('.card-appearances');
    assert.equal((await section.locator('.card-heading').innerText()).trim().toLowerCase(), 'where it is named');
    const titles = (await section.locator('.card-appearance-title').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(
      titles,
      order.map((i) => `${corpus.articles[i].title} · ${mentionsInWords(bodyMentions(entity, i).length)}`),
    );
    const bars = section.getByRole('group');
    assert.equal(await bars.count(), order.length);
    for (const [n, index] of order.entries()) {
      await checkBar(bars.nth(n), entity, index, index === here ? mention : null);
    }
  }, DESKTOP);
});

test("a tick followed from a card opens the paragraph of that mention, which names the card's entity", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
    const trigger = article.mark('person', 'Kolchak').first();
    await trigger.scrollIntoViewIfNeeded();
    await trigger.hover();
    const card = await (await cardOfTrigger(trigger)).waitShown();
    const entity = corpus.mentions[Number(await trigger.getAttribute('data-mention'))].entity;
    // The other life's bar: its last tick, by the mouse.
    const tick = card.root.locator('.card-appearances').getByRole('group').nth(1).getByRole('link').last();
    const href = await tick.getAttribute('href');
    await tick.hover();
    await tick.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await card.waitHidden();
    const [slug, id] = href.slice(1).split('#');
    assert.equal(await article.headingText(), corpus.articles[articleIndex(slug)].title);
    const paragraph = article.byId(id);
    await paragraph.waitFor();
    const named = await paragraph
      .locator('button[data-mention]')
      .evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-mention'))));
    assert.ok(
      named.some((m) => corpus.mentions[m].entity === entity),
      `${id} names no ${corpus.entities[entity].name}: ${named}`,
    );
  }, DESKTOP);
});

test('by keyboard, Enter on a tick of this biography scrolls to its paragraph without reloading', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    await page.evaluate(() => {
      window.notReloaded = true;
    });
    const { card, entity } = await openCardOf(article.mark('person', 'Trotsky').first());
    const bar = card.root.locator('.card-appearances').getByRole('group').first();
    const current = bar.locator('a.mention-tick.is-current');
    await current.focus();
    await page.keyboard.press('End');
    const last = bar.getByRole('link').last();
    assert.ok(await last.evaluate((el) => document.activeElement === el), 'End did not reach the last tick');
    const href = await last.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page reloaded');
    const id = href.split('#')[1];
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }, id);
    assert.ok(holdsMention(articleIndex('ivar-smilga'), id, entity));
  }, DESKTOP);
});

for (const slug of ['ivan-smirnov', 'ivar-smilga']) {
  test(`${slug}: "People and places" lists the entities by kind, the most mentioned first, each with its bar`, async () => {
    await site.withPage(async (page) => {
      await new ArticlePage(page, site.url).open(slug);
      const index = articleIndex(slug);
      const details = page.locator('details.people-and-places');
      // Closed at first: one line or two under the title, the text right below.
      assert.equal(await details.evaluate((el) => el.open), false);
      const box = await details.boundingBox();
      assert.ok(box.height < 90, `the closed list is ${box.height}px tall`);
      assert.ok(!(await page.locator('.people-list').first().isVisible()), 'the list shows while closed');
      await openList(page);
      const expected = expectedList(index);
      const lists = details.getByRole('list');
      assert.deepEqual(
        await lists.evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label'))),
        expected.map((g) => `${PLURAL[g.kind]}, the most mentioned first`),
      );
      for (const [n, group] of expected.entries()) {
        const rows = lists.nth(n).locator(':scope > li');
        const shown = await rows.evaluateAll((lis) =>
          lis.map((li) => ({
            name: li.querySelector('.people-name').textContent.trim(),
            href: li.querySelector('.people-name').getAttribute('href'),
            count: li.querySelector('.people-count').textContent.trim(),
          })),
        );
        assert.deepEqual(
          shown,
          group.names.map((n) => ({
            name: corpus.entities[n.entity].name,
            href: `/${slug}#${n.first}`,
            count: `${n.count} ${n.count === 1 ? 'mention' : 'mentions'}`,
          })),
          `${PLURAL[group.kind]} of ${slug}`,
        );
      }
      // Every bar: the ticks of the most mentioned name of each kind are checked one by one.
      for (const [n, group] of expected.entries()) {
        const bar = lists.nth(n).locator(':scope > li').first().getByRole('group');
        await checkBar(bar, group.names[0].entity, index);
      }
      // The sections, drawn once behind a list's bars: a band from where each begins.
      const bands = await details.locator('.people-chart').first().locator('.mention-band').count();
      assert.equal(bands, corpus.articles[index].sections.filter((s) => s.paragraphs.length > 0).length);
    }, DESKTOP);
  });
}

test("← → Home End move along a bar's ticks, and Tab goes on to the next name", async () => {
  await site.withPage(async (page) => {
    await new ArticlePage(page, site.url).open('ivar-smilga');
    const details = await openList(page);
    const row = details.getByRole('list').first().locator(':scope > li').first();
    const ticks = row.getByRole('group').getByRole('link');
    const count = await ticks.count();
    assert.ok(count > 3);
    const focusedAt = () =>
      ticks.evaluateAll((all) => all.findIndex((a) => a === document.activeElement));
    const stops = () => ticks.evaluateAll((all) => all.filter((a) => a.tabIndex === 0).length);
    await row.locator('.people-name').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedAt(), 0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedAt(), 2);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedAt(), 1);
    await page.keyboard.press('End');
    assert.equal(await focusedAt(), count - 1);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedAt(), count - 1, 'past the last tick');
    await page.keyboard.press('Home');
    assert.equal(await focusedAt(), 0);
    assert.equal(await stops(), 1, 'more than one Tab stop in the bar');
    // The tick's name shows beside it while it has the focus.
    const label = ticks.first().locator('.mention-tick-label');
    assert.ok((await label.boundingBox()).width > 40, 'the focused tick does not show its name');
    await page.keyboard.press('Tab');
    const next = details.getByRole('list').first().locator(':scope > li').nth(1).locator('.people-name');
    assert.ok(await next.evaluate((el) => document.activeElement === el), 'Tab did not leave the bar');
  }, DESKTOP);
});

test('without JavaScript, "People and places" opens, reads and its ticks lead to their paragraphs', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const slug = 'ivar-smilga';
    const index = articleIndex(slug);
    await page.goto(site.url(`/${slug}`));
    assert.equal(await page.locator('#app[data-live]').count(), 0, 'the app started');
    const details = await openList(page);
    const expected = expectedList(index);
    const names = (await details.getByRole('list').first().locator('.people-name').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(names, expected[0].names.map((n) => corpus.entities[n.entity].name));
    // A place's last tick: the browser follows it to the paragraph.
    const group = expected.findIndex((g) => g.kind === 'Place');
    const row = details.getByRole('list').nth(group).locator(':scope > li').first();
    const entity = expected[group].names[0].entity;
    const tick = row.getByRole('group').getByRole('link').last();
    const href = await tick.getAttribute('href');
    await tick.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    const id = href.split('#')[1];
    const inView = await page.locator(`[id="${id}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    assert.ok(inView, `${id} is not in view`);
    const named = await page
      .locator(`[id="${id}"] button[data-mention]`)
      .evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-mention'))));
    assert.ok(named.some((m) => corpus.mentions[m].entity === entity), `${id} names no ${corpus.entities[entity].name}`);
  } finally {
    await context.close();
  }
});

for (const [name, options] of [
  ['a desktop', DESKTOP],
  ['a desktop, dark', { ...DESKTOP, colorScheme: 'dark' }],
  ['360 px', NARROW],
  ['360 px, dark', { ...NARROW, colorScheme: 'dark' }],
]) {
  test(`axe-core finds no violation with the list open, a tick focused, then a card open (${name})`, async () => {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivar-smilga');
      const details = await openList(page);
      const name = details.getByRole('list').first().locator('.people-name').first();
      await name.focus();
      await page.keyboard.press('Tab');
      assert.deepEqual(await axeViolations(page), [], 'with the list open');
      await details.locator('summary').click();
      const { card } = await openCardOf(article.mark('person', 'Trotsky').first());
      await card.root.locator('.card-appearances').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'with a card open');
      // At 360 px nothing sticks out of the page sideways.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `the page scrolls sideways by ${wide}px`);
    }, options);
  });
}

for (const [name, options] of [
  ['360 px', NARROW],
  ['1024 px', { viewport: { width: 1024, height: 768 } }],
]) {
  test(`a tick's name, shown on hover, stays inside the window (${name})`, async () => {
    await site.withPage(async (page) => {
      await new ArticlePage(page, site.url).open('ivar-smilga');
      const details = await openList(page);
      const ticks = details.locator('.mention-tick');
      const count = await ticks.count();
      assert.ok(count > 100, `only ${count} ticks`);
      const outside = [];
      for (let i = 0; i < count; i += 3) {
        await ticks.nth(i).hover({ force: true });
        const label = await ticks.nth(i).locator('.mention-tick-label').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, text: el.textContent };
        });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (label.left < 0 || label.right > options.viewport.width || wide > 0) {
          outside.push(`${label.text}: ${Math.round(label.left)}–${Math.round(label.right)}, page ${wide}px wider`);
        }
      }
      assert.deepEqual(outside, [], 'tick names outside the window');
    }, options);
  });
}
