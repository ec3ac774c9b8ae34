// Byte counts for the benchmark: assets raw, gzip and brotli; the seed texts as the floor; the wasm's code and data sections.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliBytes, gzipBytes } from '../serve.mjs';

/** `{ raw, gzip, br }` sizes of `bytes`, compressed as the server compresses them. */
export async function sizes(bytes, { text = true } = {}) {
  const [gz, br] = await Promise.all([gzipBytes(bytes), brotliBytes(bytes, { text })]);
  return { raw: bytes.length, gzip: gz.length, br: br.length };
}

/** Sizes of the files a first visit downloaded, by their URL paths (under `root`). */
export async function assetSizes(root, urlPaths) {
  const rows = [];
  for (const urlPath of urlPaths) {
    const file = path.join(root, decodeURIComponent(urlPath));
    const bytes = await readFile(file);
    rows.push({ path: urlPath, kind: kindOf(urlPath), ...(await sizes(bytes, { text: !urlPath.endsWith('.wasm') })) });
  }
  return rows;
}

function kindOf(urlPath) {
  const ext = path.extname(urlPath);
  return { '.html': 'HTML', '.css': 'CSS', '.js': 'JS', '.wasm': 'wasm' }[ext] ?? ext.slice(1);
}

/** The floor: every `<slug>.txt` in `seedsDir`, concatenated, compressed. */
export async function seedTextSizes(seedsDir) {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  const bytes = Buffer.concat(await Promise.all(names.map((name) => readFile(path.join(seedsDir, name)))));
  return { files: names.length, ...(await sizes(bytes)) };
}

/** Sizes of a wasm module's sections by name (code, data, ...), read from its binary format. */
export function wasmSections(bytes) {
  const names = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
  if (bytes.readUInt32LE(0) !== 0x6d736100) {
    throw new Error('not a wasm module');
  }
  const out = {};
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    at += 1;
    let size = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at];
      at += 1;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    const name = names[id] ?? `section ${id}`;
    out[name] = (out[name] ?? 0) + size;
    at += size;
  }
  return out;
}

/**
 * The `corpus.bin` the build script wrote for the wasm build, checked against the wasm it is
 * embedded in: the longest run of non-zero bytes of the corpus (wasm-opt drops runs of zeros
 * from data segments) must occur in the wasm. Returns the bytes, or throws.
 */
export async function embeddedCorpus(targetDir, wasm) {
  const buildDir = path.join(targetDir, 'wasm32-unknown-unknown', 'release', 'build');
  let candidates = [];
  try {
    candidates = (await readdir(buildDir)).filter((name) => name.startsWith('parallel-lives-'));
  } catch {
    throw new Error(`no ${buildDir}: build the app with \`trunk build --release\` first`);
  }
  const found = [];
  for (const dir of candidates) {
    const file = path.join(buildDir, dir, 'out', 'corpus.bin');
    try {
      found.push({ file, mtime: (await stat(file)).mtimeMs });
    } catch {
      // A build folder of the package without a corpus (the script itself): skip it.
    }
  }
  found.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of found) {
    const corpus = await readFile(file);
    if (wasm.includes(longestNonZeroRun(corpus))) {
      return { file, bytes: corpus };
    }
  }
  throw new Error(`none of the corpus.bin files under ${buildDir} is the one embedded in this wasm; rebuild it`);
}

function longestNonZeroRun(bytes) {
  let best = [0, 0];
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i === bytes.length || bytes[i] === 0) {
      if (i - start > best[1] - best[0]) best = [start, i];
      start = i + 1;
    }
  }
  return bytes.subarray(best[0], Math.min(best[1], best[0] + 4096));
}
