// End-to-end: the prerendered pages (build/prerender.mjs): readable before the wasm arrives and without JavaScript, the same as the app's rendering, and handed over to the app without a jump.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readCorpus, startSite } from './harness.mjs';
import { isInViewport, openApp, waitForApp } from './pages.mjs';

let site;
let corpus;
before(async () => {
  corpus = await readCorpus();
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Every page that has a prerendered copy: the home page and each article. */
function pages() {
  return ['/', ...corpus.articles.map((a) => `/${a.slug}`)];
}

/** The markup of the element with this id, or null. */
function markupOf(page, id) {
  return page.evaluate((id) => document.getElementById(id)?.innerHTML ?? null, id);
}

/**
 * Runs `fn(page)` in a browser with JavaScript off. (Not `site.withPage`: that counts the
 * refused script of the app as a problem, and here it is the point.)
 */
async function withoutScript(fn) {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

test('each prerendered page is exactly what the app renders there', async () => {
  for (const route of pages()) {
    const copy = await withoutScript(async (page) => {
      await page.goto(site.url(route));
      return markupOf(page, 'prerendered');
    });
    assert.ok(copy, `${route} has no prerendered copy`);
    const live = await site.withPage(async (page) => {
      await openApp(page, site.url(route));
      assert.equal(await page.locator('#prerendered').count(), 0, `${route}: the copy is still there`);
      return markupOf(page, 'app');
    });
    // The copy ends with the marker that holds the first paint until it is parsed.
    assert.equal(copy.replace(/<span id="prerendered-end"><\/span>$/u, ''), live, `${route}: the copy differs from the app`);
  }
});

test('without JavaScript, an article is there to read: its title, heading and paragraphs', async () => {
  const article = corpus.articles[0];
  await withoutScript(async (page) => {
    await page.goto(site.url(`/${article.slug}`));
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), article.title);
    const paragraphs = await page.locator('main p[id]').count();
    assert.ok(paragraphs >= 5, `only ${paragraphs} paragraphs`);
    assert.match(await page.title(), new RegExp(`^${article.title}\\s+\\S\\s+Parallel Lives$`, 'u'));
  });
});

test('the text paints, in the remembered theme, before the wasm has arrived; the app then takes over in place', async () => {
  const slug = corpus.articles[1].slug;
  await site.withPage(async (page) => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    // A reader who picked the dark theme on an earlier visit.
    await page.addInitScript(() => localStorage.setItem('parallel-lives-theme', 'dark'));
    await page.goto(site.url(`/${slug}#civil-war-p2`), { waitUntil: 'domcontentloaded' });
    // Shown, and at the paragraph the address names, while the wasm is held back.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    assert.ok(await isInViewport(page, 'civil-war-p2'), 'the copy did not open at the paragraph');
    assert.equal(await page.locator('#app').count(), 0, 'the app started without its wasm');
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(theme, 'dark', 'the remembered theme was not applied before the app');
    const before = await page.evaluate(() => window.scrollY);

    release();
    await waitForApp(page);
    assert.equal(await page.locator('[id="civil-war-p2"]').count(), 1, 'the paragraph is on the page twice');
    assert.ok(await isInViewport(page, 'civil-war-p2'), 'the app moved away from the paragraph');
    assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - before) < 2, 'the page jumped');
    // The app answers: an annotation opens its card.
    const mark = page.locator('#civil-war-p2 button.mark').first();
    await mark.focus();
    await page.getByRole('dialog').first().waitFor();
  });
});
