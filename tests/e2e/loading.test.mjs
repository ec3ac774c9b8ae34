// End-to-end: nothing lost while the app loads (an early tap is carried out once it is live, the last one winning), and an honest page when the app cannot start (its wasm blocked, or not a wasm at all).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, DIST, launchBrowser, serveDist, TIMEOUT_MS, watchPage } from './harness.mjs';
import { cardOfTrigger, waitForApp } from './pages.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose wasm is answered by `answer(route)`; returns the page and what it reported. */
async function pageWithWasm(answer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.route('**/*.wasm', answer);
  return { page, problems, context };
}

/** A mark of the Smirnov article, by its words (a button while the app can answer it). */
function mark(page, words) {
  return page.locator('article .mark').filter({ hasText: new RegExp(`^${words}$`, 'u') }).first();
}

test('a tap before the app is live opens its card once it is, the last of two taps winning', async () => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  const { page, problems, context } = await pageWithWasm(async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(new URL('/ivan-smirnov', server.origin).href);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'loading');
    const tomsk = mark(page, 'Tomsk');
    const kolchak = mark(page, 'Kolchak');
    await tomsk.click();
    const note = page.getByRole('status').filter({ hasText: 'The annotations are loading' });
    await note.waitFor();
    await kolchak.click();
    assert.equal(await page.locator('.card').count(), 0, 'a card opened before the app was live');

    release();
    await waitForApp(page);
    const card = await (await cardOfTrigger(kolchak)).waitShown();
    assert.equal(await card.name(), 'Alexander Kolchak');
    assert.equal(await tomsk.getAttribute('aria-expanded'), 'false', 'the first tap was carried out too');
    await note.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.card').count(), 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** Asserts the page says the app could not start, its marks are plain text, and nothing is uncaught. */
async function assertHonestFailure(page, problems) {
  const notice = page.getByRole('status').filter({ hasText: 'The annotations could not load' });
  await notice.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'failed');
  assert.equal(await notice.getByRole('link', { name: 'Reload the page' }).getAttribute('href'), page.url());
  // The marks are text now: no button a screen reader would announce, none that looks pressable.
  assert.equal(await page.getByRole('button', { name: /, person: /u }).count(), 0);
  assert.equal(await page.locator('article section button, .infobox button').count(), 0, 'a button is left in the text');
  const cursor = await mark(page, 'Kolchak').evaluate((el) => getComputedStyle(el).cursor);
  assert.equal(cursor, 'text');
  // The text is all there, and its links still work as links.
  assert.ok((await page.locator('article p[id]').count()) >= 5);
  assert.deepEqual(await axeViolations(page), []);
  const uncaught = problems.filter((p) => p.startsWith('page error') || (p.startsWith('console error') && !p.includes('Failed to load resource')));
  assert.deepEqual(uncaught, [], 'an error was left uncaught');
  await page.getByRole('link', { name: 'Parallel Lives', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

test('with the wasm blocked, the page says so once, quietly, and reads as plain text', async () => {
  const { page, problems, context } = await pageWithWasm((route) => route.abort());
  try {
    await page.goto(new URL('/ivan-smirnov', server.origin).href);
    await assertHonestFailure(page, problems);
  } finally {
    await context.close();
  }
});

test('with a wasm that does not compile (cut short), the same honest page', async () => {
  const files = await (await import('node:fs/promises')).readdir(DIST);
  const wasm = await readFile(path.join(DIST, files.find((f) => f.endsWith('.wasm'))));
  const { page, problems, context } = await pageWithWasm((route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: wasm.subarray(0, 4096) }),
  );
  try {
    await page.goto(new URL('/ivan-smirnov', server.origin).href);
    await assertHonestFailure(page, problems);
  } finally {
    await context.close();
  }
});

test('the timeline and the home page say the same when the app cannot start', async () => {
  for (const route of ['/timeline', '/']) {
    const { page, problems, context } = await pageWithWasm((r) => r.abort());
    try {
      await page.goto(new URL(route, server.origin).href);
      await page.getByRole('status').filter({ hasText: 'The annotations could not load' }).waitFor();
      assert.equal(await page.locator('main button[data-annotation]').count(), 0, route);
      const uncaught = problems.filter((p) => p.startsWith('page error'));
      assert.deepEqual(uncaught, [], route);
      assert.deepEqual(await axeViolations(page), [], route);
    } finally {
      await context.close();
    }
  }
});
