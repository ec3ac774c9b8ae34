// End-to-end: the lives side by side (/timeline): every dated sentence once and in order, links to each passage, bridges, the age view, deep links, phones, accessibility and hostile queries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, collapse, PHONE, readCorpus, siteForTests, sliceBytes } from './harness.mjs';
import { ArticlePage, cardOfTrigger, IndexPage, waitForApp } from './pages.mjs';

const corpus = await readCorpus();
const site = siteForTests();

/** Opens `route` and waits until the app is live and the rows are drawn. */
async function open(page, route) {
  await page.goto(site.url(route));
  await waitForApp(page);
  await page.locator('.timeline-row').first().waitFor();
}

/** Every paragraph of an article, by id. */
function paragraphs(article) {
  return new Map(article.sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p]));
}

/** The sentences of the bodies that hold a date, worked out from the dates and the paragraphs'
 * sentences (not from the compiler's timeline): `article:paragraph:start` of each, once. */
function datedSentences() {
  const found = new Set();
  for (const date of corpus.dates) {
    const id = date.place.holder.Paragraph;
    if (id === undefined) continue;
    const paragraph = paragraphs(corpus.articles[date.place.article]).get(id);
    const local = date.place.span.start - paragraph.text.source.start;
    const sentence = paragraph.sentences.find((s) => s.start <= local && local < s.end);
    found.add(`${date.place.article}:${id}:${sentence.start}`);
  }
  return found;
}

/** The words of each entry on the page, markers left out, in page order: `{ id, life, text }`. */
function entriesOnPage(page) {
  return page.$$eval('.timeline-entry', (entries) =>
    entries.map((entry) => {
      const text = entry.querySelector('.entry-text').cloneNode(true);
      // The markers the compiler puts after sentences are not the text's words; [citation needed] is.
      for (const marker of text.querySelectorAll('.marker-sup')) marker.remove();
      for (const sup of text.querySelectorAll('sup.citation-needed')) sup.replaceWith('[citation needed]');
      return { id: entry.id, life: entry.querySelector('.entry-life').textContent, text: text.textContent };
    }),
  );
}

/** The sentence of a timeline entry, from the corpus. */
function sentenceOf(entry) {
  const article = corpus.articles[entry.place.article];
  const paragraph = paragraphs(article).get(entry.place.holder.Paragraph);
  const base = paragraph.text.source.start;
  return sliceBytes(paragraph.text.text, { start: entry.place.span.start - base, end: entry.place.span.end - base });
}

test('every dated sentence of both biographies is listed once, in time order, with its words', async () => {
  const expected = datedSentences();
  const entries = corpus.timeline.entries;
  assert.equal(entries.length, expected.size, 'the compiler lists as many entries as there are dated sentences');
  await site.withPage(async (page) => {
    await open(page, '/timeline');
    const shown = await entriesOnPage(page);
    assert.deepEqual(
      shown.map((e) => e.id),
      entries.map((_, i) => `entry-${i}`),
      'every entry once, in the compiled (time) order',
    );
    const firsts = entries.map((e) => corpus.dates[e.date].when.first);
    assert.deepEqual([...firsts].sort(), firsts, 'the entries are in time order');
    for (const [i, entry] of entries.entries()) {
      assert.equal(collapse(shown[i].text), collapse(sentenceOf(entry)), `entry ${i}`);
      assert.equal(shown[i].life, corpus.articles[entry.place.article].title);
    }
  });
});

test("an entry's link opens its biography at that sentence, highlighted", async () => {
  const index = corpus.timeline.entries.findIndex((e) => /expelled/.test(sentenceOf(e)));
  const entry = corpus.timeline.entries[index];
  const slug = corpus.articles[entry.place.article].slug;
  await site.withPage(async (page) => {
    await open(page, '/timeline');
    await page.locator(`#entry-${index} .entry-source`).click();
    await page.waitForURL((url) => url.pathname === `/${slug}` && url.hash.includes('~text='));
    await page.waitForFunction(() => (globalThis.CSS.highlights.get('passage')?.size ?? 0) > 0, null, { timeout: 5_000 });
    const highlighted = await page.evaluate(() => [...CSS.highlights.get('passage')].map((r) => r.toString()));
    assert.deepEqual(highlighted.map(collapse), [collapse(sentenceOf(entry))]);
  });
});

test('the December 1927 expulsions are joined across the lanes', async () => {
  await site.withPage(async (page) => {
    await open(page, '/timeline');
    const bridges = await page.$$eval('.timeline-entry .entry-bridge a', (links) =>
      links.map((a) => ({ from: a.closest('.timeline-entry').id, to: a.getAttribute('href').slice(1), words: a.textContent })),
    );
    const text = new Map((await entriesOnPage(page)).map((e) => [e.id, e]));
    const expulsion = bridges.find(
      ({ from, to }) =>
        text.get(from).life !== text.get(to).life &&
        /expelled/.test(text.get(from).text) &&
        /expelled/.test(text.get(to).text) &&
        /1927/.test(`${text.get(from).text} ${text.get(to).text}`),
    );
    assert.ok(expulsion, `no bridge joins the two expulsions: ${JSON.stringify(bridges)}`);
    // Each bridge is shown from both ends.
    assert.ok(bridges.some(({ from, to }) => from === expulsion.to && to === expulsion.from));
    assert.match(expulsion.words, /^(Smirnov|Smilga) too, /);
  });
});

/** The row each entry of a life sits in, on the page: `{ entry id: row id }`. */
function rowsOfEntries(page) {
  return page.$$eval('.timeline-entry', (entries) =>
    Object.fromEntries(entries.map((e) => [e.id, e.closest('.timeline-row').id])),
  );
}

test("the age view puts each life's 1917 at its subject's age that year", async () => {
  const lives = corpus.articles.map((a) => a.slug);
  const smilga = lives.indexOf('ivar-smilga');
  const smirnov = lives.indexOf('ivan-smirnov');
  await site.withPage(async (page) => {
    await open(page, '/timeline?align=age');
    await page.locator('#age-24').waitFor();
    const rows = await rowsOfEntries(page);
    let checked = 0;
    for (const [i, entry] of corpus.timeline.entries.entries()) {
      const when = corpus.dates[entry.date].when.first;
      if (!when.startsWith('1917-')) continue;
      const row = rows[`entry-${i}`];
      if (entry.place.article === smilga) {
        // Born 2 December 1892: 24 until his birthday in 1917.
        assert.equal(row, when >= '1917-12-02' ? 'age-25' : 'age-24', `${when}: ${sentenceOf(entry)}`);
        checked += 1;
      } else if (entry.place.article === smirnov) {
        // Born in January 1881, the day unknown: 35 on 1 January 1917 at the youngest, 36 after.
        assert.equal(row, when < '1917-01-31' ? 'age-35' : 'age-36', `${when}: ${sentenceOf(entry)}`);
        checked += 1;
      }
    }
    assert.ok(checked >= 5, `only ${checked} entries of 1917`);
    // A row holds both subjects' entries at that age, and says in which years each was that age.
    const row24 = page.locator('#age-24');
    assert.match(await row24.locator('.row-context').textContent(), /Smirnov 1905–1906 · Smilga 1916–1917/);
    assert.equal(await page.locator('.timeline-choice[aria-current="true"]').textContent(), 'age');
  });
});

test('a year in the address opens the view at that row', async () => {
  await site.withPage(
    async (page) => {
      await open(page, '/timeline#1927');
      await page.waitForFunction(() => {
        const top = document.getElementById('1927')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight / 2;
      });
      assert.match(await page.locator('[id="1927"] .row-context').textContent(), /Smirnov 45–46 · Smilga 34–35/);
    },
    { viewport: { width: 1280, height: 700 } },
  );
});

test('on a phone the lanes are one column in time order, each entry labelled by its life', async () => {
  for (const options of [PHONE, { viewport: { width: 360, height: 740 } }]) {
    await site.withPage(async (page) => {
      await open(page, '/timeline');
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        lefts: new Set([...document.querySelectorAll('.timeline-entry')].map((e) => Math.round(e.getBoundingClientRect().left))).size,
        labelled: [...document.querySelectorAll('.timeline-entry .entry-life')].every((l) => l.getBoundingClientRect().width > 1),
      }));
      assert.deepEqual(layout, { overflow: 0, lefts: 1, labelled: true }, JSON.stringify(options.viewport));
    }, options);
  }
  // Side by side on a wide screen: one column per life.
  await site.withPage(
    async (page) => {
      await open(page, '/timeline');
      const lefts = await page.$$eval('.timeline-entry', (entries) => new Set(entries.map((e) => Math.round(e.getBoundingClientRect().left))).size);
      assert.equal(lefts, 2);
    },
    { viewport: { width: 1280, height: 800 } },
  );
});

test('the view has no accessibility violations, by year or by age', async () => {
  for (const route of ['/timeline', '/timeline?align=age']) {
    await site.withPage(async (page) => {
      await open(page, route);
      assert.deepEqual(await axeViolations(page), [], route);
    });
  }
});

test('a hostile query shows what it can, says what it dropped and injects nothing', async () => {
  const hostile = [
    '?lives=%3Cscript%3Ealert(1)%3C%2Fscript%3E,nobody,ivar-smilga,ivar-smilga&align=%3Cb%3Ebold',
    `?lives=${'x'.repeat(10_000)}`,
    '?align=age&align=sideways&%3Cimg%20src%3Dx%3E=1',
  ];
  for (const query of hostile) {
    await site.withPage(async (page) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs += 1;
        d.dismiss();
      });
      await open(page, `/timeline${query}`);
      const dropped = await page.locator('.timeline-dropped').first().textContent();
      assert.match(dropped, /^Not shown, as the address asked: /u, query);
      assert.ok(dropped.length < 400, `the notice is ${dropped.length} characters`);
      const injected = await page.evaluate(() => document.querySelectorAll('main script, main img, main b').length);
      assert.equal(injected, 0, query);
      assert.equal(dialogs, 0, query);
    });
  }
  await site.withPage(async (page) => {
    await open(page, `/timeline${hostile[0]}`);
    const lanes = await page.$$eval('.timeline-lane', (lanes) => lanes.map((l) => l.querySelector('a').textContent));
    assert.deepEqual(lanes, ['Ivar Smilga']);
    assert.match(await page.locator('.timeline-dropped').textContent(), /biography “<script>alert\(1\)<\/script>”, biography “nobody”, alignment “<b>bold”/u);
  });
});

test('j and k move between the rows, focusing each; typing in a field is left alone', async () => {
  await site.withPage(async (page) => {
    await open(page, '/timeline');
    const rowIds = await page.$$eval('.timeline-row', (rows) => rows.map((r) => r.id));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('j');
    assert.equal(await focused(), rowIds[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal(await focused(), rowIds[2]);
    await page.keyboard.press('k');
    assert.equal(await focused(), rowIds[1]);
    const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, rowIds[1]);
    assert.ok(top >= 0 && top < 200, `the row's top is at ${top}`);
    // With a modifier the key is the browser's.
    await page.keyboard.press('Control+j');
    assert.equal(await focused(), rowIds[1]);
  });
});

test('the home page previews where the lives meet, and a date card offers its year in the view', async () => {
  await site.withPage(async (page) => {
    await new IndexPage(page, site.url).open();
    const meetings = page.locator('.home-meetings a');
    assert.ok((await meetings.count()) >= 3, 'the home page lists where the lives meet');
    const href = await meetings.first().getAttribute('href');
    assert.match(href, /^\/timeline#entry-\d+$/u);
    await meetings.first().click();
    await page.waitForURL((url) => url.pathname === '/timeline');
    const id = href.split('#')[1];
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    }, id);
  });
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    const date = article.mark('date', 'August 1917').first();
    await date.focus();
    const card = await (await cardOfTrigger(date)).waitShown();
    const link = card.root.locator('.card-timeline a');
    assert.equal(await link.getAttribute('href'), '/timeline#1917');
    await link.click();
    await page.waitForURL((url) => url.pathname === '/timeline' && url.hash === '#1917');
    await page.locator('[id="1917"]').waitFor();
  });
});

test('printed, the view is its rows and entries, without its controls', async () => {
  await site.withPage(async (page) => {
    await open(page, '/timeline');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length;
      return {
        controls: shown('.timeline-controls') + shown('.row-link') + shown('.site-header'),
        rows: shown('.timeline-row'),
        entries: shown('.timeline-entry'),
        lanesSticky: getComputedStyle(document.querySelector('.timeline-lanes')).position === 'sticky',
      };
    });
    const rows = await page.locator('.timeline-row').count();
    assert.deepEqual(printed, { controls: 0, rows, entries: corpus.timeline.entries.length, lanesSticky: false });
  });
});
