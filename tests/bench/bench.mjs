// `make bench`: weight, first paint, hover, corpus start-up and scale of the release build, and Lighthouse; prints a table and writes docs/benchmarks.md.
//
// Expects `dist/` (trunk build --release) and `target/corpus.json` (make export); `make bench`
// makes both first. Builds one thing itself: the scale corpus (BENCH_SCALE biographies,
// default 200, generated into a temporary folder) with `PARALLEL_LIVES_SEEDS=<folder> trunk
// build --release --dist <temporary folder>`. Environment:
//   BENCH_RUNS=5            cold visits per page (medians, with min and max)
//   BENCH_SCALE=200         biographies in the scale corpus; 0 skips the scale run
//   BENCH_LIGHTHOUSE_RUNS=3 Lighthouse runs per page (median score); 0 skips Lighthouse
//   BENCH_OUT=docs/benchmarks.md
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/harness.mjs';
import { ROOT, serveStatic } from '../serve.mjs';
import { auditSite } from './lighthouse.mjs';
import { hover, visit } from './measure.mjs';
import { ms, namesSection, render, summary } from './report.mjs';
import { plainPage, plainTimeline } from './plain.mjs';
import { generateSeeds } from './scale.mjs';
import { assetSizes, embeddedCorpus, seedTextSizes, sizes, wasmSections } from './weight.mjs';

const run = promisify(execFile);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = Number(process.env.BENCH_SCALE ?? 200);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'docs/benchmarks.md');
const DIST = path.join(ROOT, 'dist');
const SEEDS = path.join(ROOT, 'seeds');
const TARGET = path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
/** An annotation's open delay on pointer hover, in src/app/components/annotation.rs. */
const HOVER_DELAY_MS = await hoverDelay();


/** Selectors for "the content is in the DOM": the first annotated paragraph of an article, the list of biographies on `/`. */
const ARTICLE_READY = 'main p button.mark';
const HOME_READY = 'main .biography a';
const PLAIN_READY = 'main p';
const TIMELINE_READY = 'main .timeline-entry button.mark';

async function hoverDelay() {
  const source = await readFile(path.join(ROOT, 'src', 'app', 'components', 'annotation.rs'), 'utf8');
  const found = source.match(/HOVER_DELAY_MS: u32 = (\d+);/u);
  if (!found) throw new Error('src/app/components/annotation.rs: HOVER_DELAY_MS not found; update tests/bench/bench.mjs');
  return Number(found[1]);
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}


/** A site root: a copy of `dist` plus `plain/<slug>.html` for each article of `corpus` and
 * `plain/timeline.html`. */
async function siteWithPlainPages(dist, corpus) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'parallel-lives-bench-site-'));
  await cp(dist, root, { recursive: true });
  if (corpus) {
    await mkdir(path.join(root, 'plain'));
    for (const article of corpus.articles) {
      await writeFile(path.join(root, 'plain', `${article.slug}.html`), plainPage(article));
    }
    await writeFile(path.join(root, 'plain', 'timeline.html'), plainTimeline(corpus));
  }
  return root;
}

/** Weight, first paint and start-up of one build (`dist`, its seeds and its corpus). */
async function measureBuild(browser, { label, dist, seeds, corpus, routes, plain }) {
  const root = await siteWithPlainPages(dist, plain ? corpus : null);
  const server = await serveStatic({ root });
  try {
    // Weight: what a first visit to `/` downloads.
    const first = await visit(browser, `${server.origin}/`, HOME_READY);
    const downloaded = first.requests.filter((r) => r.url.startsWith(server.origin));
    const notBrotli = downloaded.filter((r) => r.encoding !== 'br');
    if (notBrotli.length > 0) {
      throw new Error(`the server sent without brotli: ${notBrotli.map((r) => r.url).join(', ')}`);
    }
    const paths = downloaded.map((r) => new URL(r.url).pathname).map((p) => (p === '/' ? '/index.html' : p));
    const assets = await assetSizes(root, paths);
    const floor = await seedTextSizes(seeds);
    const wasmPath = assets.find((a) => a.kind === 'wasm')?.path;
    const wasm = await readFile(path.join(root, wasmPath));
    const sections = wasmSections(wasm);
    const embedded = await embeddedCorpus(TARGET, wasm);
    const corpusSizes = await sizes(embedded.bytes, { text: false });

    // First paint and content, each route cold, RUNS times.
    const pages = [];
    const decode = [];
    const started = [];
    for (const route of routes) {
      const slug = route.slice(1);
      const app = { fcp: [], ready: [], live: [] };
      const bare = { fcp: [], ready: [] };
      for (let i = 0; i < RUNS; i += 1) {
        const ready = route === '/' ? HOME_READY : route === '/timeline' ? TIMELINE_READY : ARTICLE_READY;
        const result = await visit(browser, `${server.origin}${route}`, ready);
        app.fcp.push(result.fcp);
        app.ready.push(result.ready);
        app.live.push(result.live);
        if (result.decode !== null) decode.push(result.decode);
        if (result.started !== null) started.push(result.started);
        // The plain page of an article is its text alone; of the timeline, its dated sentences.
        if (plain && route !== '/') {
          const page = await visit(browser, `${server.origin}/plain/${slug}.html`, PLAIN_READY, { app: false });
          bare.fcp.push(page.fcp);
          bare.ready.push(page.ready);
        }
      }
      pages.push({
        route,
        fcp: summary(app.fcp),
        ready: summary(app.ready),
        live: summary(app.live),
        plainFcp: summary(bare.fcp),
        plainReady: summary(bare.ready),
      });
      log(`${label} ${route}: fcp ${ms(pages.at(-1).fcp)} ms, content ${ms(pages.at(-1).ready)} ms, app live ${ms(pages.at(-1).live)} ms`);
    }
    return {
      label,
      articles: corpus.articles.length,
      crossRefs: corpus.cross_refs?.length ?? null,
      assets,
      floor,
      sections,
      corpusBytes: corpusSizes,
      wasmRaw: wasm.length,
      pages,
      decode: summary(decode),
      started: summary(started),
      origin: server.origin,
      close: async () => {
        await server.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server.close();
    await rm(root, { recursive: true, force: true });
    throw err;
  }
}


async function scaleBuild(count) {
  const seeds = await generateSeeds(SEEDS, count);
  const dist = await mkdtemp(path.join(os.tmpdir(), 'parallel-lives-scale-dist-'));
  log(`scale: ${count} biographies in ${seeds}; trunk build --release --dist ${dist} (a few minutes)`);
  const env = { ...process.env, PARALLEL_LIVES_SEEDS: seeds, CARGO_TARGET_DIR: TARGET };
  const started = Date.now();
  await run('trunk', ['build', '--release', '--offline', '--dist', dist], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  const buildSeconds = (Date.now() - started) / 1000;
  const exported = path.join(seeds, '..', `${path.basename(seeds)}.json`);
  await run(path.join(TARGET, 'debug', 'export-corpus'), [exported], { cwd: ROOT, env, maxBuffer: 64 << 20 }).catch(() => null);
  let corpus = null;
  try {
    corpus = JSON.parse(await readFile(exported, 'utf8'));
  } catch {
    corpus = null;
  }
  return { seeds, dist, exported, corpus, buildSeconds };
}

async function machine(browser) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus[0]?.model ?? 'unknown CPU',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    chromium: browser.version(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg()[0].toFixed(1),
  };
}

async function main() {
  const corpus = JSON.parse(await readFile(path.join(ROOT, 'target', 'corpus.json'), 'utf8').catch(() => {
    throw new Error('target/corpus.json is missing: run `make export` (or `make bench`) first');
  }));
  await readFile(path.join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run `trunk build --release` (or `make bench`) first');
  });
  const routes = ['/', ...corpus.articles.map((a) => `/${a.slug}`), '/timeline'];
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  const cleanup = [];
  try {
    const host = await machine(browser);
    log(`${RUNS} cold visits per page on ${host.cpu}, Chromium ${host.chromium}`);
    const base = await measureBuild(browser, { label: 'seeds/', dist: DIST, seeds: SEEDS, corpus, routes, plain: true });
    cleanup.push(base.close);

    log('hover: every annotation of every article, by focus and by pointer');
    const hovers = [];
    for (const route of routes.filter((r) => r !== '/' && r !== '/timeline')) {
      hovers.push({ route, ...(await hover(browser, `${base.origin}${route}`, { openDelayMs: HOVER_DELAY_MS })) });
    }

    let lighthouse = [];
    if (LIGHTHOUSE_RUNS > 0) {
      log(`lighthouse: ${routes.length} pages × ${LIGHTHOUSE_RUNS} run(s)`);
      lighthouse = await auditSite(base.origin, routes, { runs: LIGHTHOUSE_RUNS });
    }

    log('names: the glossary ablation, and the name finder\'s cost on the scale corpus');
    const cargoNames = async (args, env = {}) =>
      (await run('cargo', ['run', '--quiet', '--release', '-p', 'parallel-lives-commands', '--bin', 'names', '--', ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        maxBuffer: 1 << 26,
      })).stdout;
    const ablation = (await cargoNames(['--ablation'])).split('\n\nMissed')[0];
    let finderCost = '';

    const scaled = [];
    if (SCALE > 0) {
      const build = await scaleBuild(SCALE);
      // The folder is a temporary one: name it by what it holds.
      finderCost = (await cargoNames(['--timing'], { PARALLEL_LIVES_SEEDS: build.seeds })).replace(
        build.seeds,
        `${SCALE} generated biographies (\`tests/bench/scale.mjs\`)`,
      );
      cleanup.push(() => rm(build.seeds, { recursive: true, force: true }));
      cleanup.push(() => rm(build.dist, { recursive: true, force: true }));
      cleanup.push(() => rm(build.exported, { force: true }));
      const scaleCorpus = build.corpus ?? { articles: [] };
      const scaleRoutes = ['/', ...scaleCorpus.articles.slice(0, 2).map((a) => `/${a.slug}`), '/timeline'];
      const m = await measureBuild(browser, {
        label: `${SCALE} generated (build ${build.buildSeconds.toFixed(0)} s)`,
        dist: build.dist,
        seeds: build.seeds,
        corpus: scaleCorpus,
        routes: scaleRoutes,
        plain: false,
      });
      cleanup.push(m.close);
      scaled.push(m);
    }

    const settings = { RUNS, SCALE, LIGHTHOUSE_RUNS, HOVER_DELAY_MS };
    const doc = `${render({ host, base, hovers, lighthouse, scaled, settings })}\n${namesSection(ablation, finderCost)}`;
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, doc);
    process.stdout.write(doc);
    log(`wrote ${path.relative(process.cwd(), OUT)}`);
  } finally {
    for (const close of cleanup.reverse()) await close().catch(() => {});
    await browser.close();
  }
}


await main();
