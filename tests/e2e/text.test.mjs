// End-to-end: every sentence of every biography, as the corpus export has it, is shown on its page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapse, readCorpus, siteForTests, sliceBytes } from './harness.mjs';
import { ArticlePage } from './pages.mjs';

const CITATION_NEEDED = '[citation needed]';

const corpus = await readCorpus();
const site = siteForTests();

/** The sentences of an article as the reader should see them, with the paragraph each comes from. */
function sentencesOf(article) {
  const out = [];
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const span of paragraph.sentences) {
        const sentence = collapse(sliceBytes(paragraph.text.text, span).split(CITATION_NEEDED).join(' '));
        if (sentence.length > 0) {
          out.push({ paragraph: paragraph.id, sentence });
        }
      }
    }
  }
  return out;
}

test('the export holds both biographies, each with sentences', () => {
  const slugs = corpus.articles.map((a) => a.slug);
  for (const slug of ['ivan-smirnov', 'ivar-smilga']) {
    assert.ok(slugs.includes(slug), `the corpus has no article ${slug}; it has ${slugs.join(', ')}`);
  }
  for (const article of corpus.articles) {
    assert.ok(sentencesOf(article).length > 0, `${article.slug} has no sentences`);
  }
});

test('every sentence of every article appears in its rendered text', async () => {
  assert.ok(corpus.articles.length > 0, 'the corpus has no articles');
  for (const article of corpus.articles) {
    const sentences = sentencesOf(article);
    const lastParagraph = sentences[sentences.length - 1]?.paragraph;
    const text = await site.withPage(async (page) => {
      const view = await new ArticlePage(page, site.url).open(article.slug);
      if (lastParagraph) {
        await view.byId(lastParagraph).waitFor();
      }
      // The citation marker is not part of the sentence: take it out of the reading text too.
      return view.main().evaluate((main) => {
        for (const sup of main.querySelectorAll('sup.citation-needed')) {
          sup.style.display = 'none';
        }
        return main.innerText;
      });
    });
    assert.ok(!text.includes(CITATION_NEEDED), `${article.slug} shows the literal "${CITATION_NEEDED}"`);
    const shown = collapse(text);
    const missing = sentences.filter(({ sentence }) => !shown.includes(sentence));
    assert.deepEqual(
      missing.slice(0, 5),
      [],
      `${missing.length} of ${sentences.length} sentences of ${article.slug} are not shown (first five listed)`,
    );
  }
});
