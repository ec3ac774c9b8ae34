// Moves every inline <script> of the built page into a file of its own, so the page runs under a Content Security Policy without 'unsafe-inline'.
//
// Trunk writes the loader of the wasm app (and, under `trunk serve`, its reload script) inline
// into index.html. Each inline script goes to `inline-<hash>.js` beside the page and is replaced
// with `<script src=... integrity=...>` carrying the same attributes. A page with an inline style,
// which the policy (index.html, <meta http-equiv>) would block, is refused.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Rewrites `<staging>/index.html` with its inline scripts moved out, the files referred to from
 * `base` (Trunk's public URL). Returns how many scripts moved; throws on an inline style.
 */
export function externalizeScripts(staging, base = '/') {
  const page = path.join(staging, 'index.html');
  let moved = 0;
  const html = readFileSync(page, 'utf8').replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu, (tag, attrs, body) => {
    if (/\bsrc\s*=/iu.test(attrs) || body.trim() === '') {
      return tag;
    }
    const digest = createHash('sha384').update(body, 'utf8').digest();
    const name = `inline-${digest.toString('hex').slice(0, 16)}.js`;
    writeFileSync(path.join(staging, name), body);
    moved += 1;
    return `<script${attrs} src="${base}${name}" integrity="sha384-${digest.toString('base64')}"></script>`;
  });
  const inlineStyle = findInlineStyle(html);
  if (inlineStyle) {
    throw new Error(`index.html has an inline style (${inlineStyle}), which the Content Security Policy blocks`);
  }
  writeFileSync(page, html);
  return moved;
}

/** The first `<style>` element or `style` attribute in `html`, or null. */
export function findInlineStyle(html) {
  return html.match(/<style\b|\sstyle\s*=/iu)?.[0].trim() ?? null;
}
