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
