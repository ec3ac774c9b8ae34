// Makes the built page start the wasm app only after its first paint, so that the prerendered text never waits on, or shares the network with, the app, and report when it cannot start.
//
// Trunk writes into index.html a `<link rel="preload">` of the wasm, and an inline module that
// imports the app's JavaScript and fetches the wasm as soon as the page is parsed. Here the
// preload goes (the JavaScript keeps its `modulepreload`: it is small, and runs only when
// imported), and the loader first waits for a frame to be painted, then imports the app. The
// text of a prerendered page thus paints with only the HTML and CSS before it; a page without
// a copy (`app.html`) starts one frame later. Runs before `externalize-scripts.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Trunk's loader begins by importing the app's bindings (their file name is hashed). */
const STATIC_IMPORT = /import init, \* as bindings from (['"][^'"]+['"]);/u;

/** The preload Trunk writes for the wasm. */
const WASM_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\btype="application\/wasm"[^>]*>\s*/giu;

/**
 * The loader's code that waits for the next paint: a `requestAnimationFrame` callback runs just
 * before a frame is painted, and a task queued from it runs after.
 */
const AFTER_PAINT = 'await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));';

/**
 * What the loader does when the app cannot start (its code or wasm fails to download, compile or
 * start): it tells `src/app/loading.js`, which says so on the page, instead of leaving the error
 * uncaught.
 */
const FAILED = "dispatchEvent(new CustomEvent('parallel-lives-failed', { detail: String(error) }));";

/** Rewrites `<staging>/index.html`; throws if it does not hold the loader Trunk writes. */
export function startAfterPaint(staging) {
  const page = path.join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  let loaders = 0;
  const rewritten = html
    .replace(WASM_PRELOAD, '')
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu, (tag, attrs, body) => {
      if (!STATIC_IMPORT.test(body)) return tag;
      loaders += 1;
      const deferred = body.replace(
        STATIC_IMPORT,
        (_, file) => `${AFTER_PAINT}\nconst { default: init, ...bindings } = await import(${file});`,
      );
      return `<script${attrs}>try {\n${deferred}\n} catch (error) {\n${FAILED}\n}</script>`;
    });
  if (loaders !== 1) {
    throw new Error(`index.html has ${loaders} wasm loaders of the form Trunk writes (${STATIC_IMPORT}); expected 1`);
  }
  writeFileSync(page, rewritten);
}
