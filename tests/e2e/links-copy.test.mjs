// End-to-end: the copy-link controls of sections and paragraphs put a full address on the
// clipboard, and that address opens the same place, highlighted, in a fresh page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCorpus, siteForTests } from './harness.mjs';
import { allowClipboard, ArticlePage, clipboardText, isInViewport, openApp, statusMessage } from './pages.mjs';

const corpus = await readCorpus();
const site = siteForTests();

const SLUG = 'ivar-smilga';

/** The titled sections of the article, from the corpus export. */
function titledSections(slug) {
  const article = corpus.articles.find((a) => a.slug === slug);
  return article.sections.filter((s) => s.title !== '');
}

/** Opens `url` in a fresh page and checks that `id` is on screen and marked as the target. */
async function opensAt(url, id) {
  await site.withPage(async (page) => {
    await openApp(page, url);
    await page.waitForFunction(
      (id) => {
        const el = document.getElementById(id);
        const r = el?.getBoundingClientRect();
        return r && r.bottom > 0 && r.top < window.innerHeight && el.classList.contains('is-target');
      },
      id,
      { timeout: 5_000 },
    );
    assert.ok(await isInViewport(page, id), `#${id} is not in the window`);
    assert.ok(await page.evaluate(() => window.scrollY > 0), 'the page did not scroll');
    const animation = await page.evaluate(
      (id) => {
        const el = document.getElementById(id);
        const flashed = el.localName === 'section' ? el.querySelector('h2') : el;
        return getComputedStyle(flashed).animationName;
      },
      id,
    );
    assert.equal(animation, 'target-flash', `#${id} is not highlighted`);
  });
}

test('copying the link of a section opens that section in a fresh page', async () => {
  const section = titledSections(SLUG).at(-1);
  const url = await site.withPage(async (page) => {
    await allowClipboard(page, site.origin);
    const article = await new ArticlePage(page, site.url).open(SLUG);
    await article.byId(section.id).locator('h2').hover();
    await page.getByRole('button', { name: `Copy link to section ${section.title}`, exact: true }).click();
    assert.equal(await statusMessage(page), 'Link copied');
    return clipboardText(page);
  });
  assert.equal(url, `${site.origin}/${SLUG}#${section.id}`);
  await opensAt(url, section.id);
});

test('copying the link of a paragraph opens that paragraph in a fresh page', async () => {
  const section = titledSections(SLUG).find((s) => s.paragraphs.length >= 3);
  assert.ok(section, 'no section has three paragraphs');
  const paragraph = section.paragraphs[2];
  const url = await site.withPage(async (page) => {
    await allowClipboard(page, site.origin);
    const article = await new ArticlePage(page, site.url).open(SLUG);
    await article.byId(paragraph.id).hover();
    const control = page.getByRole('button', { name: `Copy link to paragraph 3 of ${section.title}`, exact: true });
    assert.equal(await control.count(), 1);
    await control.click();
    assert.equal(await statusMessage(page), 'Link copied');
    return clipboardText(page);
  });
  assert.equal(url, `${site.origin}/${SLUG}#${paragraph.id}`);
  await opensAt(url, paragraph.id);
});

test('every section heading and paragraph has a copy-link control reachable by keyboard', async () => {
  await site.withPage(async (page) => {
    await allowClipboard(page, site.origin);
    const article = await new ArticlePage(page, site.url).open(SLUG);
    const ids = await article.paragraphIds();
    const counts = await page.evaluate(() => ({
      paragraphs: document.querySelectorAll('.article-body p[id], .article-body blockquote[id]').length,
      paragraphLinks: document.querySelectorAll('.article-body :is(p, blockquote)[id] > button.copy-link').length,
      headings: document.querySelectorAll('.article-section > .part-inside > h2').length,
      headingLinks: document.querySelectorAll('.article-section > .part-inside > h2 + button.copy-link').length,
    }));
    assert.ok(ids.length > 0);
    assert.equal(counts.paragraphLinks, counts.paragraphs);
    assert.equal(counts.headingLinks, counts.headings);

    // Reach the first paragraph's control with the keyboard: it is the last of the paragraph's
    // stops (End from its first annotation); it shows, and Enter copies.
    await page.locator('#lead-p1 [tabindex="0"]').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.classList.contains('copy-link'));
    await page.waitForFunction(() => getComputedStyle(document.activeElement).opacity === '1');
    await page.keyboard.press('Enter');
    assert.equal(await statusMessage(page), 'Link copied');
    assert.equal(await clipboardText(page), `${site.origin}/${SLUG}#lead-p1`);
  });
});

test('with reduced motion the target is marked without a flash', async () => {
  const id = titledSections(SLUG)[1].id;
  await site.withPage(
    async (page) => {
      await openApp(page, site.url(`/${SLUG}#${id}`));
      await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), id);
      const style = await page.evaluate(
        (id) => getComputedStyle(document.querySelector(`#${id} > .part-inside > h2`)).animationName,
        id,
      );
      assert.equal(style, 'none');
    },
    { reducedMotion: 'reduce' },
  );
});

test('hostile or unknown fragments open the page without errors', async () => {
  const paragraph = titledSections(SLUG)[0].paragraphs[0].id;
  for (const fragment of ['%', '%FF%FE', `${paragraph}~text=%FF`, 'nobody~text=abc', ':~:text=', '<script>', `${paragraph}~text=no%20such%20words`]) {
    await site.withPage(async (page) => {
      const article = await new ArticlePage(page, site.url).open(SLUG, fragment);
      await article.article().locator('section').last().waitFor();
      await page.waitForTimeout(100);
      const highlighted = await page.evaluate(() => globalThis.CSS.highlights.get('passage')?.size ?? 0);
      assert.equal(highlighted, 0, `#${fragment} highlights something`);
      if (fragment.startsWith(paragraph)) {
        await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), paragraph);
      }
    });
  }
});
