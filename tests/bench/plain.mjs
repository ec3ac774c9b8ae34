// The plain page the benchmark compares the app with: an article's text as static HTML, no script, no stylesheet.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text) {
  return text.replace(/[&<>"]/gu, (c) => ESCAPES[c]);
}

/** The HTML of one article of the exported corpus (target/corpus.json): title, headings, paragraphs, references. */
export function plainPage(article) {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">',
    `<title>${escape(article.title)}</title></head>`,
    `<body><main><article><h1>${escape(article.title)}</h1>`,
  ];
  for (const section of article.sections) {
    if (section.title) out.push(`<h2>${escape(section.title)}</h2>`);
    for (const paragraph of section.paragraphs) {
      out.push(`<p>${escape(paragraph.text.text)}</p>`);
    }
  }
  if (article.references.length > 0) {
    out.push('<h2>References</h2><ol>');
    for (const reference of article.references) {
      out.push(`<li>${escape(reference.text?.text ?? reference.text ?? '')}</li>`);
    }
    out.push('</ol>');
  }
  out.push('</article></main></body>', '</html>', '');
  return out.join('\n');
}

/** The sentence of a timeline entry, from the exported corpus. */
function entrySentence(corpus, entry) {
  const article = corpus.articles[entry.place.article];
  const paragraph = article.sections.flatMap((s) => s.paragraphs).find((p) => p.id === entry.place.holder.Paragraph);
  const base = paragraph.text.source.start;
  return Buffer.from(paragraph.text.text, 'utf8')
    .subarray(entry.place.span.start - base, entry.place.span.end - base)
    .toString('utf8');
}

/** The timeline's words as static HTML, no script, no stylesheet: a heading per year, and each
 * dated sentence of the default view (every life up to four) with its life and date. */
export function plainTimeline(corpus) {
  const lives = new Set(corpus.articles.slice(0, 4).map((_, i) => i));
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">',
    '<title>The lives side by side</title></head>',
    '<body><main><article><h1>The lives side by side</h1>',
  ];
  let year = null;
  for (const entry of corpus.timeline.entries) {
    if (!lives.has(entry.place.article)) continue;
    const date = corpus.dates[entry.date];
    const y = date.when.first.slice(0, 4);
    if (y !== year) {
      out.push(`<h2>${y}</h2>`);
      year = y;
    }
    const life = corpus.articles[entry.place.article].title;
    out.push(`<p><b>${escape(life)}</b> ${escape(date.text)}: ${escape(entrySentence(corpus, entry))}</p>`);
  }
  out.push('</article></main></body>', '</html>', '');
  return out.join('\n');
}
