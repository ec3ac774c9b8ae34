// Joins the stylesheets Trunk links from the built page into one file, so a first visit makes one render-blocking CSS request instead of one per file in styles/.
//
// Trunk copies each `<link data-trunk rel="css">` of index.html to a hashed file and links it
// with an `integrity` hash. This step reads those files in the order the page links them (the
// order of the cascade), writes them one after another to `styles-<hash>.css` and links that
// one file in place of the first, with its own `integrity`; the parts are removed.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STYLESHEET = /[ \t]*<link rel="stylesheet" href="([^"]+)"[^>]*\/?>\n?/gu;

/**
 * Rewrites `<staging>/index.html` to link one bundled stylesheet, its files referred to from
 * `base` (Trunk's public URL). Returns the names of the files joined, in order.
 */
export function bundleStyles(staging, base = '/') {
  const page = path.join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  const links = [...html.matchAll(STYLESHEET)];
  if (links.length === 0) {
    return [];
  }
  const parts = links.map(([, href]) => {
    if (!href.startsWith(base) || href.includes('..')) {
      throw new Error(`index.html links the stylesheet ${href}, which is not a file of the build under ${base}`);
    }
    return href.slice(base.length);
  });
  const css = parts.map((name) => readFileSync(path.join(staging, name), 'utf8').trimEnd()).join('\n\n');
  const digest = createHash('sha384').update(css, 'utf8').digest();
  const name = `styles-${digest.toString('hex').slice(0, 16)}.css`;
  writeFileSync(path.join(staging, name), `${css}\n`);
  const integrity = createHash('sha384').update(`${css}\n`, 'utf8').digest('base64');
  let first = true;
  const bundled = html.replace(STYLESHEET, (tag) => {
    if (!first) {
      return '';
    }
    first = false;
    const indent = tag.match(/^[ \t]*/u)[0];
    return `${indent}<link rel="stylesheet" href="${base}${name}" integrity="sha384-${integrity}"/>\n`;
  });
  writeFileSync(page, bundled);
  for (const part of parts) {
    rmSync(path.join(staging, part));
  }
  return parts;
}
