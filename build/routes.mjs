// Which file of the built site answers which address: the convention the prerenderer writes and the project's server (tests/serve.mjs) follows.
//
// - `/` is `index.html`, the home page, prerendered;
// - `/<name>` (one segment, no extension) is `<name>.html` when the prerenderer wrote one (an
//   article), as static hosts serve "clean URLs";
// - any other path without an extension is `app.html`, the page with nothing prerendered, for
//   the app to show what it makes of the address (a not-found page, mostly);
// - a path naming a file serves that file.
//
// A build without prerendered pages (no `app.html`) falls back to `index.html` throughout.
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The page with nothing prerendered in it, for addresses no prerendered page answers. */
export const SHELL = 'app.html';

/** A route the prerenderer writes a page for: `/` or one slug-like segment. */
const PAGE_ROUTE = /^\/([a-z0-9][a-z0-9-]*)?$/u;

/** The file, relative to the site's root, that holds the prerendered `route`; null if none may. */
export function pageFile(route) {
  const match = PAGE_ROUTE.exec(route);
  if (!match) return null;
  return match[1] ? `${match[1]}.html` : 'index.html';
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file under `root` that answers the (percent-decoded) path `decoded`, or null when nothing
 * does (a missing asset). `decoded` must already be known to stay inside `root`.
 */
export async function resolveRoute(root, decoded) {
  const file = path.join(root, path.normalize(decoded));
  if (decoded !== '/' && (await isFile(file))) return file;
  if (path.extname(decoded) !== '') return null;
  const page = pageFile(decoded);
  if (page && (await isFile(path.join(root, page)))) return path.join(root, page);
  const shell = path.join(root, SHELL);
  return (await isFile(shell)) ? shell : path.join(root, 'index.html');
}
