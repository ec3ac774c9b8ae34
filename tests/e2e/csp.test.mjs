// End-to-end: the app runs under a strict Content Security Policy, the policy is in force, and reading the site violates it nowhere.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, readCorpus, siteForTests } from './harness.mjs';
import { openApp } from './pages.mjs';
import { cspViolations, recordCspViolations } from './violations.mjs';

const corpus = await readCorpus();
const site = siteForTests();

/** The policy of a page, as `directive -> [sources]`, from its `<meta http-equiv>`. */
function parsePolicy(text) {
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

async function servedPolicy(page) {
  const policies = await page.evaluate(() =>
    [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.content),
  );
  assert.equal(policies.length, 1, `the page has ${policies.length} CSP meta elements`);
  return parsePolicy(policies[0]);
}

test('the built page states a strict policy before anything it loads, and has no inline script or style', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const meta = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
  assert.ok(meta > 0, 'dist/index.html has no CSP meta element');
  const firstLoad = html.search(/<(script|link\s+rel="(stylesheet|modulepreload|preload)")/i);
  assert.ok(meta < firstLoad, 'the policy must come before the first script or stylesheet');
  assert.doesNotMatch(html, /<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script> is left in dist/index.html');
  assert.doesNotMatch(html, /<style\b|\sstyle\s*=/i, 'dist/index.html has an inline style');

  await site.withPage(async (page) => {
    await openApp(page, site.url('/'));
    const policy = await servedPolicy(page);
    const all = [...policy.values()].flat();
    assert.ok(!all.includes("'unsafe-inline'"), 'the policy allows unsafe-inline');
    assert.ok(!all.includes("'unsafe-eval'"), 'the policy allows unsafe-eval');
    const hosts = all.filter((source) => !source.startsWith("'") && source !== 'data:');
    assert.deepEqual(hosts, [], 'the policy allows other hosts or schemes');
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(policy.get('style-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  });
});

test('the policy is in force: an injected inline script, inline styles and eval are all refused', async () => {
  // This test provokes violations on purpose, so it watches the page itself instead of withPage.
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await recordCspViolations(page);
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await openApp(page, site.url(`/${corpus.articles[0].slug}`));
    await page.locator('main h1').first().waitFor();
    assert.deepEqual(await cspViolations(page), [], 'the page violated its policy before the test did anything');

    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);

      const styled = document.createElement('p');
      styled.setAttribute('style', 'outline-width: 7px; outline-style: solid');
      document.body.append(styled);
      const outline = getComputedStyle(styled).outlineWidth;

      const style = document.createElement('style');
      style.textContent = 'main { outline: 9px solid red; }';
      document.head.append(style);
      const mainOutline = getComputedStyle(document.querySelector('main')).outlineWidth;

      // A string timer compiles its code when it fires, as page code: eval under the policy.
      // (eval called here directly would not tell: DevTools evaluation is exempt.)
      setTimeout('window.__evalRan = true', 0);
      // Violation events are dispatched asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { inlineRan: window.__inlineRan === true, outline, mainOutline, evalRan: window.__evalRan === true };
    });
    assert.equal(outcome.inlineRan, false, 'an injected inline script ran');
    assert.notEqual(outcome.outline, '7px', 'an inline style attribute applied');
    assert.notEqual(outcome.mainOutline, '9px', 'an injected <style> applied');
    assert.equal(outcome.evalRan, false, 'a string timer (eval) ran');

    const violations = await cspViolations(page);
    for (const expected of ['script-src-elem blocked inline', 'style-src-attr blocked inline', 'style-src-elem blocked inline', 'script-src blocked eval']) {
      assert.ok(
        violations.some((v) => v.startsWith(expected)),
        `no "${expected}" violation reported; got ${JSON.stringify(violations)}`,
      );
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('reading every page, opening cards and following links violates the policy nowhere', async () => {
  const routes = ['/', ...corpus.articles.map((a) => `/${a.slug}`), '/no-such-page'];
  await site.withPage(async (page) => {
    await recordCspViolations(page);
    for (const route of routes) {
      await openApp(page, site.url(route));
      await page.locator('main h1').first().waitFor();
      const marks = page.locator('main button.mark');
      const count = Math.min(await marks.count(), 12);
      for (let i = 0; i < count; i += 1) {
        await marks.nth(i).hover();
        await marks.nth(i).focus();
        await page.locator('.card, [role="tooltip"]').first().waitFor();
        await page.keyboard.press('Escape');
      }
      // In-app navigation too: the first link shown in the page's main content.
      const link = page.locator('main a[href^="/"]:visible').first();
      if ((await link.count()) > 0) {
        await link.click();
        await page.locator('main h1').first().waitFor();
      }
      assert.deepEqual(await cspViolations(page), [], `CSP violations on ${route}`);
    }
  });
});
