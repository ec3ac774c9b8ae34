// End-to-end: a third biography whose names no glossary lists, built from tests/fixtures/third-life/seeds into its own dist folder.
//
// The app is built from that seeds folder (`PARALLEL_LIVES_SEEDS=<folder> trunk build --release
// --offline --dist target/third-life-dist`), unless THIRD_LIFE_DIST names a folder built so
// already. The prerenderer run by the post-build hook compiles the same folder (the variables
// reach `cargo run -p parallel-lives-commands --bin prerender`, whose build script reads it). Cargo builds into a target
// folder of its own, `target/third-life/`: the first build compiles everything (several minutes),
// later ones only what changed, and neither the project's `target/` (whose corpus would otherwise
// be rebuilt for every switch of seeds) nor `dist/`, which the other end-to-end tests read, is
// touched, even by a `trunk build` of the project running at the same time.
//
// Run alone: `node --test tests/e2e/third-life.test.mjs` (with `node_modules/.bin` and
// `~/.cargo/bin` on PATH, as `make` sets them). `make screenshots` takes a picture of a found
// name's card from the build this test leaves in target/third-life-dist.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { axeViolations, ROOT, startSite } from './harness.mjs';
import { ArticlePage, cardOfTrigger, IndexPage } from './pages.mjs';

const SEEDS = path.join(ROOT, 'tests', 'fixtures', 'third-life', 'seeds');
const DIST = path.resolve(process.env.THIRD_LIFE_DIST ?? path.join(ROOT, 'target', 'third-life-dist'));
/** Cargo's target folder for this build. */
const TARGET = path.join(ROOT, 'target', 'third-life');
/** A release build of the app with its prerendering, on a slow machine. */
const BUILD_TIMEOUT_MS = 30 * 60_000;

/** The wording of the card of a name whose kind the compiler guessed. */
const INFERRED = 'person (kind inferred from the text)';

/** Builds the app from the third-life seeds into DIST. */
async function build() {
  const env = {
    ...process.env,
    PARALLEL_LIVES_SEEDS: SEEDS,
    CARGO_TARGET_DIR: TARGET,
    TRUNK_SKIP_VERSION_CHECK: 'true',
    PATH: [path.join(ROOT, 'node_modules', '.bin'), path.join(os.homedir(), '.cargo', 'bin'), process.env.PATH].join(
      path.delimiter,
    ),
  };
  try {
    await promisify(execFile)('trunk', ['build', '--release', '--offline', '--dist', DIST], {
      cwd: ROOT,
      env,
      maxBuffer: 256 << 20,
    });
  } catch (err) {
    throw new Error(`trunk build from ${SEEDS} failed:\n${err.stderr || err.message}`);
  }
}

let site;
before(
  async () => {
    if (!process.env.THIRD_LIFE_DIST) {
      await build();
    }
    site = await startSite(DIST);
  },
  { timeout: BUILD_TIMEOUT_MS },
);
after(async () => {
  await site?.close();
});

/** The annotation button whose words are exactly `words`, whatever kind the compiler gave it. */
function markOf(article, words) {
  const exact = new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
  return article.article().locator('button.mark').filter({ hasText: exact });
}

/** Opens the card of `trigger` by keyboard focus and waits for it. */
async function openCard(trigger) {
  await trigger.scrollIntoViewIfNeeded();
  await trigger.focus();
  const card = await cardOfTrigger(trigger);
  return card.waitShown();
}

test('the index lists the third biography with the life dates its lead gives', async () => {
  await site.withPage(async (page) => {
    const index = await new IndexPage(page, site.url).open();
    const listed = await index.listed();
    assert.ok(
      listed.some(({ title, href }) => title === 'Anna Petrova' && href === '/anna-petrova'),
      `not listed: ${JSON.stringify(listed)}`,
    );
    const item = index.biographies().filter({ has: page.getByRole('link', { name: 'Anna Petrova', exact: true }) });
    const text = await item.innerText();
    assert.match(text, /1890/u, text);
    assert.match(text, /1937/u, text);
    // Her name in her own script, marked as Russian for a screen reader, as the lead labels it.
    const native = item.locator('.native-name');
    assert.equal(await native.innerText(), 'Анна Сергеевна Петрова');
    assert.equal(await native.getAttribute('lang'), 'ru');
  });
});

test("the subject's card gives her name in her own script", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    const card = await openCard(markOf(article, 'Petrova').first());
    assert.equal(await card.name(), 'Anna Sergeyevna Petrova');
    assert.equal(await card.part('card-native'), 'Russian: Анна Сергеевна Петрова');
    assert.equal(await card.root.locator('.card-native [lang="ru"]').count(), 1);
  });
});

test('the names of the third biography are marked though no glossary lists them', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    assert.equal(await article.headingText(), 'Anna Petrova');
    for (const words of ['Pavel Orlov', 'Tula Governorate', 'Tula Soviet', '9th Army', 'Kursk']) {
      const mark = markOf(article, words).first();
      await mark.waitFor();
      assert.equal(await mark.getAttribute('type'), 'button', words);
      assert.ok(await mark.getAttribute('data-mention'), `${words} is not a name's mark`);
    }
    const governorate = await openCard(markOf(article, 'Tula Governorate').first());
    assert.equal(await governorate.name(), 'Tula Governorate');
    assert.equal(await governorate.kind(), 'place');
  });
});

test("a found person's card says the kind is inferred, the other spelling and where the text first names him", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    // "Orlov and Petrova ran a clandestine press": the surname alone, after "Pavel Orlov".
    const card = await openCard(markOf(article, 'Orlov').first());
    assert.equal(await card.name(), 'Pavel Orlov');
    assert.equal(await card.kind(), INFERRED);
    assert.equal(await card.description(), null, 'a found name has no description');
    assert.equal(await card.part('card-found'), 'Not in the glossary: found in the text.');
    assert.equal(await card.part('card-variants'), 'Also spelt: Orllov');
    const first = card.root.locator('.card-first-named');
    assert.match(await first.innerText(), /^First named\s+In 1908 she met Pavel Orlov\b/u);
    assert.equal(await first.locator('a mark').innerText(), 'Pavel Orlov');
    assert.match((await first.getByRole('link').getAttribute('href')) ?? '', /^\/anna-petrova#early-life-p\d+$/u);
    // The other sentences naming him, in this biography only.
    const mentions = await card.root.locator('.card-mentions .card-passage-link').allInnerTexts();
    assert.ok(mentions.length >= 2, `too few other mentions: ${JSON.stringify(mentions)}`);
    assert.ok(mentions.some((m) => m.includes('Orllov')), `the misspelt mention is not listed: ${mentions}`);
    assert.deepEqual(await card.parts('card-group-title'), [`In Anna Petrova (${mentions.length} passages)`]);
    assert.deepEqual(await axeViolations(page), [], 'accessibility violations with the card open');
  });
});

test("a date's card in the third biography gives its subject's age then", async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    const date = article.article().locator('button.mark-date').filter({ hasText: /^(In )?March 1917$/u }).first();
    const card = await openCard(date);
    assert.equal(await card.kind(), 'date');
    const ages = await card.parts('card-age');
    // Born 3 March 1890: 26 or 27 in March 1917.
    assert.ok(ages.includes('Anna Petrova was 26–27'), `ages: ${JSON.stringify(ages)}`);
    assert.ok(ages.some((a) => a.startsWith('Ivar Smilga was ')), `ages: ${JSON.stringify(ages)}`);
  });
});

test('a name with a year in it gives that year and the ages then', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    // "Returning during the 1912 Tula Strike": one mark for the name, none for the year in it.
    const card = await openCard(markOf(article, '1912 Tula Strike').first());
    assert.equal(await card.name(), '1912 Tula Strike');
    assert.equal(await card.kind(), 'event');
    assert.equal(await card.part('card-name-date-words'), '1912');
    const ages = await card.root.locator('.card-name-date [role="listitem"]').allInnerTexts();
    assert.ok(ages.includes('Anna Petrova was 21–22'), `ages: ${JSON.stringify(ages)}`);
  });
});

test('Kolchak in the third biography is joined to his passages in the other two', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    const card = await openCard(markOf(article, 'Kolchak').first());
    assert.equal(await card.name(), 'Alexander Kolchak');
    const hrefs = await card.links().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(
      hrefs.some((h) => h.startsWith('/ivan-smirnov#') || h.startsWith('/ivar-smilga#')),
      `no passage of another biography: ${hrefs}`,
    );
  });
});

test('her arrest in 1937 is paired with the arrests of the other two, with no data file saying so', async () => {
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('anna-petrova');
    const marker = article
      .article()
      .locator('p', { hasText: 'Petrova was arrested in Moscow on 4 June 1937' })
      .locator('button.marker-cross-ref', { hasText: ', too' })
      // The paragraph's next sentence, her execution, has a marker of its own.
      .first();
    const card = await openCard(marker);
    assert.equal(await card.kind(), 'parallel experience');
    // Born on 3 March 1890, she was 47; Smirnov (January 1881) 51–52 in January 1933; Smilga
    // (2 December 1892) 42 in January 1935.
    const notes = await card.parts('card-passage-note');
    assert.deepEqual(notes.filter((n) => n.startsWith('Both arrested')).sort(), [
      'Both arrested: Petrova on 4 June 1937, aged 47; Smilga on 1–2 January 1935, aged 42 (2 years apart)',
      'Both arrested: Petrova on 4 June 1937, aged 47; Smirnov on 14 January 1933, aged 51–52 (4 years apart)',
    ]);
  });
});

test('the third biography gets a lane of its own, with ages from its lead, and the lanes can be chosen', async () => {
  await site.withPage(async (page) => {
    await page.goto(site.url('/timeline'));
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    const lanes = await page.$$eval('.timeline-lane a', (links) => links.map((a) => a.textContent));
    assert.deepEqual([...lanes].sort(), ['Anna Petrova', 'Ivan Smirnov', 'Ivar Smilga']);
    // 1917: born 3 March 1890, she was 26 until her birthday and 27 after it.
    assert.match(await page.locator('[id="1917"] .row-context').textContent(), /Petrova 26–27/u);
    const hers = page.locator('[id="1917"] .timeline-entry').filter({ hasText: 'Tula Soviet' });
    assert.ok((await hers.count()) >= 1, 'her 1917 is not in the 1917 row');
    // With three lives, the reader picks the lanes; the choice is in the address.
    await page.locator('.timeline-lives a').filter({ hasText: 'Ivan Smirnov' }).click();
    await page.waitForURL((url) => url.pathname === '/timeline' && url.search.startsWith('?lives='));
    await page.waitForFunction(() => document.querySelectorAll('.timeline-lane').length === 2);
    const shown = await page.$$eval('.timeline-lane a', (links) => links.map((a) => a.textContent));
    assert.ok(!shown.includes('Ivan Smirnov'), `lanes: ${shown}`);
    // By age: her sentence of March 1917 (two days before her 27th birthday) is at 26.
    await page.goto(site.url('/timeline?lives=anna-petrova&align=age'));
    await page.locator('[id="age-26"]').waitFor();
    const at26 = page.locator('[id="age-26"] .timeline-entry').filter({ hasText: 'Tula Soviet' });
    assert.match(await at26.locator('.entry-when').first().textContent(), /^March 1917$/u);
  });
});
