// A production-like static server for the release build: brotli/gzip negotiation, long-lived caching of hashed assets, SPA fallback.
//
// The one server of the project: `make serve` (with --watch: rebuilds on every change), the
// benchmark (tests/bench/) and, with `production: false`, the end-to-end tests (tests/e2e/harness.mjs).
//
//   node tests/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--watch]
//
// What it does, as a static host (a CDN, nginx with brotli_static) would:
// - a path naming a file serves it; a path without an extension (a route such as `/ivar-smilga`)
//   serves its prerendered page, or the bare app page (build/routes.mjs), also when it does not
//   percent-decode (the app refuses it); any other missing path is a 404; `//name` is a path,
//   never a host;
// - text and wasm are sent brotli- or gzip-compressed when the client accepts it
//   (`Accept-Encoding`, q-values honoured, brotli preferred), with `Vary: Accept-Encoding`; a
//   precompressed `<file>.br` / `<file>.gz` next to the file is used when present, otherwise the
//   file is compressed once (brotli quality 11, gzip level 9) and kept in memory until it changes;
// - files whose names carry Trunk's content hash (`main-527bdc01ae854f58.css`) are cached for a
//   year (`immutable`); everything else (the HTML) is revalidated on every visit (`no-cache`)
//   with an `ETag`, answered by `304 Not Modified`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { resolveRoute } from '../build/routes.mjs';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The repository root (one level above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.map', '.txt', '.svg', '.webmanifest']);

/** Trunk's hashed file names: `<name>-<16 hex digits>` before the extension (and `_bg`). */
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/u;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Brotli at its best quality, tuned for text or for binaries. */
export function brotliBytes(bytes, { text = true } = {}) {
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Gzip at level 9. */
export function gzipBytes(bytes) {
  return gzip(bytes, { level: 9 });
}

/**
 * The encodings a request accepts, best first: a subset of `['br', 'gzip']`.
 * `identity` is always acceptable and so is not listed.
 */
export function acceptedEncodings(header = '') {
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, qParam ? Number.parseFloat(qParam.slice(2)) || 0 : 1);
  }
  const weight = (name) => q.get(name) ?? (q.has('*') ? q.get('*') : 0);
  return ['br', 'gzip'].filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a));
}

async function statFile(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/** A URL path percent-decoded, or null when it does not decode. */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Starts the server for `root` on `host:port` (port 0: a free one). `headers` are added to
 * every response (a Content-Security-Policy, for one). With `production: false` (the end-to-end
 * tests) nothing is compressed or cached: every response is the file as it is, `no-store`.
 * Resolves to `{ origin, server, close }`.
 */
export async function serveStatic({
  root,
  port = 0,
  host = '127.0.0.1',
  headers = {},
  log = false,
  production = true,
} = {}) {
  root = path.resolve(root ?? path.join(ROOT, 'dist'));
  // file -> { key, raw, etag, br?, gzip? }: the bytes of each file, compressed lazily, dropped when it changes.
  const cache = new Map();

  async function load(file, info) {
    const key = `${info.size}:${info.mtimeMs}`;
    let entry = cache.get(file);
    if (!entry || entry.key !== key) {
      const raw = await readFile(file);
      entry = { key, raw, etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"` };
      cache.set(file, entry);
    }
    return entry;
  }

  async function encoded(file, entry, encoding) {
    if (!entry[encoding]) {
      const pre = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
      const preInfo = await statFile(pre);
      if (preInfo) {
        entry[encoding] = await readFile(pre);
      } else if (encoding === 'br') {
        entry[encoding] = await brotliBytes(entry.raw, { text: path.extname(file) !== '.wasm' });
      } else {
        entry[encoding] = await gzipBytes(entry.raw);
      }
    }
    return entry[encoding];
  }

  const server = createServer(async (req, res) => {
    const started = Date.now();
    try {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.setHeader('x-content-type-options', 'nosniff');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      // Prefixed, not resolved: `//name` is a path here, not a host.
      const { pathname } = new URL(`http://localhost${req.url}`);
      // A path that does not decode (`/%E0%A4%A`) names no file: it is a route, for the app to refuse.
      const decoded = decodePath(pathname) ?? pathname;
      const file = path.join(root, path.normalize(decoded));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
        return;
      }
      const served = await resolveRoute(root, decoded);
      const info = served && (await statFile(served));
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': CACHE_REVALIDATE });
        res.end(`not found: ${pathname}\n`);
        return;
      }
      if (!production) {
        const raw = await readFile(served);
        res.writeHead(200, { 'content-type': contentType(served), 'content-length': raw.length, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : raw);
        return;
      }
      const entry = await load(served, info);
      const ext = path.extname(served).toLowerCase();
      const head = {
        'content-type': contentType(served),
        'cache-control': HASHED.test(path.basename(served)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
        etag: entry.etag,
        'last-modified': new Date(info.mtimeMs).toUTCString(),
      };
      let body = entry.raw;
      if (COMPRESSIBLE.has(ext)) {
        head.vary = 'Accept-Encoding';
        for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
          const bytes = await encoded(served, entry, encoding);
          if (bytes.length < entry.raw.length) {
            body = bytes;
            head['content-encoding'] = encoding;
            break;
          }
        }
      }
      const tags = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//u, ''));
      if (tags.includes(entry.etag) || tags.includes('*')) {
        delete head['content-type'];
        res.writeHead(304, head).end();
        return;
      }
      head['content-length'] = body.length;
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    } finally {
      if (log) {
        console.log(`${res.statusCode} ${req.method} ${req.url} ${res.getHeader('content-encoding') ?? '-'} ${Date.now() - started} ms`);
      }
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const options = { root: path.join(ROOT, 'dist'), port: 8080, host: '127.0.0.1', watch: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--watch') options.watch = true;
    else if (arg === '--root') options.root = path.resolve(argv[++i]);
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--host') options.host = argv[++i];
    else throw new Error(`unknown argument ${arg}; usage: node tests/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--watch]`);
  }
  return options;
}

/** `trunk watch --release`: rebuilds dist/ whenever a watched file (Trunk.toml [watch]) changes. */
function startWatcher() {
  const child = spawn('trunk', ['watch', '--release', '--offline'], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    console.error(`trunk watch stopped (${signal ?? `exit code ${code}`})`);
    process.exit(code ?? 1);
  });
  return child;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const watcher = options.watch ? startWatcher() : null;
  const { origin } = await serveStatic({ ...options, log: true });
  console.log(`serving ${path.relative(process.cwd(), options.root) || '.'} at ${origin}/ (brotli and gzip, hashed assets cached for a year)`);
  if (watcher) console.log('rebuilding with `trunk watch --release` on every change to seeds/, src/, styles/, index.html');
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      watcher?.removeAllListeners('exit');
      watcher?.kill('SIGINT');
      process.exit(0);
    });
  }
}
