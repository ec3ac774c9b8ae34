// Trunk's post-build hook (Trunk.toml): starts the app after the first paint, makes the built page CSP-clean, joins its stylesheets into one, then writes a prerendered copy of every page.
//
// Run by Trunk after each build with TRUNK_STAGING_DIR set; the steps run in this order because
// the loader is rewritten before it moves to a file, and the prerendered pages are copies of the
// finished index.html.
import { bundleStyles } from './bundle-styles.mjs';
import { externalizeScripts } from './externalize-scripts.mjs';
import { prerender } from './prerender.mjs';
import { startAfterPaint } from './start-after-paint.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me as a Trunk post_build hook');
  process.exit(1);
}
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
try {
  startAfterPaint(staging);
  console.log('post-build: the app starts after the first paint');
  const moved = externalizeScripts(staging, base);
  console.log(`post-build: moved ${moved} inline script(s) out of index.html`);
  const joined = bundleStyles(staging, base);
  console.log(`post-build: joined ${joined.length} stylesheet(s) into one`);
  const pages = await prerender(staging);
  console.log(`post-build: prerendered ${pages.map((p) => p.route).join(', ')}`);
} catch (err) {
  console.error(`post-build: ${err.message}`);
  process.exit(1);
}
