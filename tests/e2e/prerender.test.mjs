// End-to-end: the prerendered pages (build/prerender.mjs): readable before the wasm arrives and without JavaScript, adopted node for node by the app, which then shows what it renders anew.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCorpus, siteForTests } from './harness.mjs';
import { holdWasm, isInViewport, keptPrerendered, markPrerendered, openApp, waitForApp, waitForScroll } from './pages.mjs';

const corpus = await readCorpus();
const site = siteForTests();

/** Every page that has a prerendered copy: the home page, the timeline and each article. */
function pages() {
  return ['/', '/timeline', ...corpus.articles.map((a) => `/${a.slug}`)];
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

test('each prerendered page, once the app has adopted it, is what the app renders there anew', async () => {
  for (const route of pages()) {
    const adopted = await site.withPage(async (page) => {
      await openApp(page, site.url(route));
      return markupOf(page, 'app');
    });
    const fresh = await site.withPage(async (page) => {
      // A page with no copy (the bare app page), then a link followed as a reader follows it:
      // the app renders every node of the route itself.
      await openApp(page, site.url('/no-such-page'));
      await page.getByRole('banner').getByRole('link', { name: 'Parallel Lives', exact: true }).click();
      if (route !== '/') {
        await page.locator(`main a[href="${route}"]`).first().click();
      }
      await page.waitForURL(site.url(route));
      await page.getByRole('heading', { level: 1 }).waitFor();
      return markupOf(page, 'app');
    });
    assert.ok(adopted, `${route} has no app`);
    assert.equal(adopted, fresh, `${route}: the adopted copy differs from the app's own rendering`);
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

test('the text paints, in the remembered theme, before the wasm has arrived; the app then adopts every node in place', async () => {
  const slug = corpus.articles[1].slug;
  await site.withPage(async (page) => {
    const release = await holdWasm(page);
    // A reader who picked the dark theme on an earlier visit.
    await page.addInitScript(() => localStorage.setItem('parallel-lives-theme', 'dark'));
    await page.goto(site.url(`/${slug}#civil-war-p2`), { waitUntil: 'domcontentloaded' });
    // Shown, and at the paragraph the address names, while the wasm is held back.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    assert.ok(await isInViewport(page, 'civil-war-p2'), 'the copy did not open at the paragraph');
    assert.equal(await page.locator('#app[data-live]').count(), 0, 'the app started without its wasm');
    // Every element of the copy gets a mark that only the same node object can carry on.
    const copied = await markPrerendered(page);
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(theme, 'dark', 'the remembered theme was not applied before the app');
    const before = await page.evaluate(() => window.scrollY);

    release();
    await waitForApp(page);
    const kept = await keptPrerendered(page);
    assert.equal(kept, copied, `the app replaced ${copied - kept} of the ${copied} prerendered elements`);
    assert.equal(await page.locator('[id="civil-war-p2"]').count(), 1, 'the paragraph is on the page twice');
    assert.ok(await isInViewport(page, 'civil-war-p2'), 'the app moved away from the paragraph');
    assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - before) < 2, 'the page jumped');
    // The app answers: an annotation opens its card, and the page's own theme stays.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'the toggle does not show the dark theme');
    const mark = page.locator('#civil-war-p2 button.mark').first();
    await mark.focus();
    await page.getByRole('dialog').first().waitFor();
  });
});

test('a reader who scrolls before the app is live stays where they scrolled once it is', async () => {
  const slug = corpus.articles[1].slug;
  await site.withPage(async (page) => {
    const release = await holdWasm(page);
    await page.goto(site.url(`/${slug}`), { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.scrollTo(0, 1500));
    await waitForScroll(page, 1500);

    release();
    await waitForApp(page);
    // The app shows an address's fragment within a 50 ms retry of the last part's adoption,
    // which sets data-live: well inside this wait.
    await page.waitForTimeout(500);
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(y - 1500) <= 2, `the app moved the reader from 1500 to ${y}`);
  });
});

test("a host that serves another page's copy (the home page for every address) still gets the page the address names", async () => {
  const article = corpus.articles[0];
  const home = await (await fetch(site.url('/'))).text();
  await site.withPage(async (page) => {
    await page.route(site.url(`/${article.slug}`), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: home }),
    );
    await openApp(page, site.url(`/${article.slug}`));
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), article.title);
    assert.equal(await page.locator('#app').count(), 1);
    assert.equal(await page.locator('main').count(), 1, 'the home copy is still on the page');
  });
});

test('the wasm is requested only once the text has painted', async () => {
  for (const route of pages()) {
    await site.withPage(async (page) => {
      await openApp(page, site.url(route));
      const { paint, wasm } = await page.evaluate(() => ({
        // When the first frame with content was rendered (its \`startTime\` is when the screen
        // showed it, which may come after the next task has begun).
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.paintTime ?? null,
        wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime ?? null,
      }));
      assert.ok(paint !== null && wasm !== null, `${route}: paint ${paint}, wasm ${wasm}`);
      assert.ok(wasm >= paint, `${route}: the wasm was requested at ${wasm} ms, before the first paint at ${paint} ms`);
    });
  }
});
