// Trunk post-build hook: moves every inline <script> of the built page into a file of its own, so the page runs under a Content Security Policy without 'unsafe-inline'.
//
// Trunk writes the loader of the wasm app (and, under `trunk serve`, its reload script) inline
// into index.html. This hook, run by Trunk after each build (Trunk.toml, [[hooks]]), writes each
// inline script to `inline-<hash>.js` beside the page and replaces it with
// `<script src=... integrity=...>` carrying the same attributes. It also fails the build if the
// page has inline styles, which the policy (index.html, <meta http-equiv>) would block.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('externalize-scripts: TRUNK_STAGING_DIR is not set; run me as a Trunk post_build hook');
  process.exit(1);
}
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
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

const inlineStyle = html.match(/<style\b|\sstyle\s*=/iu);
if (inlineStyle) {
  console.error(`externalize-scripts: index.html has an inline style (${inlineStyle[0].trim()}), which the Content Security Policy blocks`);
  process.exit(1);
}
writeFileSync(page, html);
console.log(`externalize-scripts: moved ${moved} inline script(s) out of index.html`);
