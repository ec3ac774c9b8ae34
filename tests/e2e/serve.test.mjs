// The production-like server (tests/serve.mjs) that `make serve` and the benchmark use: encodings, content types, caching, fallbacks.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { acceptedEncodings, serveStatic } from '../serve.mjs';
import { DIST } from './harness.mjs';

let server;
let wasmName;

before(async () => {
  server = await serveStatic({ root: DIST });
  wasmName = (await readdir(DIST)).find((name) => name.endsWith('.wasm'));
  assert.ok(wasmName, `no .wasm in ${DIST}`);
});

after(() => server?.close());

/** A raw GET (no automatic decompression), resolving to `{ status, headers, body }`. */
function get(route, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(route, server.origin), { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the wasm is sent brotli-compressed, typed application/wasm, cached for a year', async () => {
  const res = await get(`/${wasmName}`, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-encoding'], 'br');
  assert.equal(res.headers['content-type'], 'application/wasm');
  assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(res.headers.vary, 'Accept-Encoding');
  assert.equal(Number(res.headers['content-length']), res.body.length);
  const original = await readFile(path.join(DIST, wasmName));
  assert.ok(res.body.length < original.length / 2, `brotli body ${res.body.length} bytes for ${original.length}`);
  assert.ok(zlib.brotliDecompressSync(res.body).equals(original));
});

test('gzip when the client accepts only gzip, and the bytes as they are when it accepts neither', async () => {
  const original = await readFile(path.join(DIST, wasmName));
  const gz = await get(`/${wasmName}`, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(original));
  const plain = await get(`/${wasmName}`, { 'accept-encoding': 'br;q=0, identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(original));
});

test('a route is its prerendered page, revalidated on every visit, and answers 304 to its ETag', async () => {
  const page = await readFile(path.join(DIST, 'ivar-smilga.html'));
  const res = await get('/ivar-smilga', { 'accept-encoding': 'br' });
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(res.headers['cache-control'], 'no-cache');
  assert.ok(zlib.brotliDecompressSync(res.body).equals(page));
  const again = await get('/ivar-smilga', { 'if-none-match': res.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
});

test('/ is the prerendered home page, and a route with no page of its own is the bare app page', async () => {
  const [home, shell] = await Promise.all(['index.html', 'app.html'].map((f) => readFile(path.join(DIST, f), 'utf8')));
  assert.match(home, /<div id="app" data-prerendered="\/"><!--/u);
  assert.doesNotMatch(shell, /id="app"/u);
  assert.equal((await get('/')).body.toString(), home);
  for (const route of ['/no-such-page', '/ivar-smilga/more', '/Ivar-Smilga']) {
    const res = await get(route);
    assert.equal(res.status, 200, route);
    assert.equal(res.body.toString(), shell, `${route} is not the bare app page`);
  }
});

test('a missing asset is a 404 and nothing outside the root is served', async () => {
  assert.equal((await get('/missing-0123456789abcdef.js')).status, 404);
  const escape = await get('/%2e%2e/Cargo.toml');
  assert.ok([403, 404].includes(escape.status), `status ${escape.status}`);
  assert.ok(!escape.body.toString().includes('[package]'));
});

test('Accept-Encoding q-values decide the encoding', () => {
  assert.deepEqual(acceptedEncodings('gzip, br'), ['br', 'gzip']);
  assert.deepEqual(acceptedEncodings('br;q=0.5, gzip;q=0.8'), ['gzip', 'br']);
  assert.deepEqual(acceptedEncodings('gzip;q=0, identity'), []);
  assert.deepEqual(acceptedEncodings('*'), ['br', 'gzip']);
  assert.deepEqual(acceptedEncodings(''), []);
});
