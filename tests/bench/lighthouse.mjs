// Lighthouse (npm lighthouse 12.8.2) on the release build, with the system Chromium, offline: the four category scores per page.
//
//   node tests/bench/lighthouse.mjs [--runs 3]   serves dist/ and audits / and every article
//
// Also used by tests/bench/bench.mjs, which writes the scores into docs/benchmarks.md.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from '../e2e/harness.mjs';
import { ROOT, serveStatic } from '../serve.mjs';

const run = promisify(execFile);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The e2e harness's Chromium flags (root, no network), headless. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Audits `url` `runs` times with Lighthouse's default (mobile, simulated throttling) settings.
 * Returns `{ scores: { category: [score, ...] }, short: [audit titles that cost points] }`.
 */
export async function audit(url, { runs = 1 } = {}) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const short = new Map();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parallel-lives-lighthouse-'));
  try {
    for (let i = 0; i < runs; i += 1) {
      const out = path.join(dir, `report-${i}.json`);
      await run(
        process.execPath,
        [
          path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
          url,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
      );
      const report = JSON.parse(await readFile(out, 'utf8'));
      if (report.runtimeError) {
        throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
      }
      for (const category of CATEGORIES) {
        const entry = report.categories[category];
        scores[category].push(Math.round(entry.score * 100));
        for (const ref of entry.auditRefs) {
          const result = report.audits[ref.id];
          if (ref.weight > 0 && result.score !== null && result.score < 1) {
            const key = `${category}: ${result.title} (${ref.id}${result.displayValue ? `, ${result.displayValue}` : ''})`;
            short.set(key, (short.get(key) ?? 0) + 1);
          }
        }
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { scores, short: [...short.keys()] };
}

/** Audits every route of the site served at `origin`. */
export async function auditSite(origin, routes, options) {
  const out = [];
  for (const route of routes) {
    out.push({ route, ...(await audit(new URL(route, origin).href, options)) });
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
  const corpus = JSON.parse(await readFile(path.join(ROOT, 'target', 'corpus.json'), 'utf8'));
  const routes = ['/', ...corpus.articles.map((a) => `/${a.slug}`)];
  const server = await serveStatic({ root: path.join(ROOT, 'dist') });
  try {
    for (const result of await auditSite(server.origin, routes, { runs })) {
      console.log(`${result.route}: ${CATEGORIES.map((c) => `${c} ${result.scores[c].join('/')}`).join(', ')}`);
      for (const line of result.short) console.log(`  short of 100: ${line}`);
    }
  } finally {
    await server.close();
  }
}
