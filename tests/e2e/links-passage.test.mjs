// End-to-end: selecting words in a paragraph offers "Copy link to this passage"; the copied
// address opens the paragraph in a fresh page with exactly those words highlighted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCorpus, siteForTests } from './harness.mjs';
import {
  openApp,
  allowClipboard,
  ArticlePage,
  clipboardText,
  highlightedPassages,
  selectWords,
  statusMessage,
} from './pages.mjs';

const corpus = await readCorpus();
const site = siteForTests();

/** A body paragraph of `slug` far enough down to need a scroll, with at least `words` words. */
function paragraphOf(slug, words) {
  const article = corpus.articles.find((a) => a.slug === slug);
  const paragraphs = article.sections.slice(2).flatMap((s) => s.paragraphs);
  return paragraphs.find((p) => p.text.text.split(/\s+/u).length >= words);
}

/** Selects words, copies the passage link, and returns it with the words selected. */
async function copyPassage(page, slug, id, first, count) {
  await allowClipboard(page, site.origin);
  const article = await new ArticlePage(page, site.url).open(slug);
  await article.byId(id).scrollIntoViewIfNeeded();
  const words = await selectWords(page, id, first, count);
  const offer = article.byId(id).getByRole('button', { name: 'Copy link to this passage' });
  await offer.waitFor();
  await offer.click();
  assert.equal(await statusMessage(page), 'Link to passage copied');
  await offer.waitFor({ state: 'detached' });
  return { url: await clipboardText(page), words };
}

/** Opens `url` fresh; returns the highlighted texts once there are any, and whether they are on screen. */
async function openPassage(url) {
  return site.withPage(async (page) => {
    await openApp(page, url);
    await page.waitForFunction(() => (globalThis.CSS.highlights.get('passage')?.size ?? 0) > 0, null, {
      timeout: 5_000,
    });
    const onScreen = await page.evaluate(() => {
      const [range] = CSS.highlights.get('passage');
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0;
    });
    return { highlighted: await highlightedPassages(page), onScreen };
  });
}

test('a link to a few selected words highlights exactly those words', async () => {
  const paragraph = paragraphOf('ivar-smilga', 12);
  const { url, words } = await site.withPage((page) => copyPassage(page, 'ivar-smilga', paragraph.id, 3, 4));
  assert.ok(url.startsWith(`${site.origin}/ivar-smilga#${paragraph.id}~text=`), url);
  const { highlighted, onScreen } = await openPassage(url);
  assert.deepEqual(highlighted, [words]);
  assert.ok(onScreen, 'the highlighted words are not in the window');
});

test('a link to a long selection highlights all of it, marks included', async () => {
  const paragraph = paragraphOf('ivan-smirnov', 40);
  const { url, words } = await site.withPage((page) => copyPassage(page, 'ivan-smirnov', paragraph.id, 5, 25));
  assert.ok(url.length < 400, `the link is long: ${url}`);
  const { highlighted } = await openPassage(url);
  assert.deepEqual(highlighted, [words]);
});

test('a selection dragged with the mouse offers the link too', async () => {
  const paragraph = paragraphOf('ivar-smilga', 12);
  await site.withPage(async (page) => {
    const article = await new ArticlePage(page, site.url).open('ivar-smilga');
    // Drag along a line of plain words (a drag starting on a mark would press the mark).
    const from = await page.evaluate((id) => {
      const paragraph = document.getElementById(id);
      paragraph.scrollIntoView({ block: 'center' });
      const node = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim().length >= 20);
      const range = document.createRange();
      const start = node.data.search(/\S/u);
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + 1, y: r.top + r.height / 2 };
    }, paragraph.id);
    const to = { x: from.x + 120, y: from.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const offer = article.byId(paragraph.id).getByRole('button', { name: 'Copy link to this passage' });
    await offer.waitFor();
    await page.mouse.click(5, 5);
    await offer.waitFor({ state: 'detached' });
  });
});
