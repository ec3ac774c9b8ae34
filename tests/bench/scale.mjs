// Generates a large corpus for the benchmark's scale run: copies of the seed biographies under new slugs, in a temporary folder.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes `count` biographies into a new temporary folder and returns its path.
 *
 * Biography `n` is a copy of the `n mod k`-th seed text (of the `k` in `seedsDir`) under the
 * slug `<seed slug>-<n>`, its title numbered and every year in it (and in its structure file,
 * whose anchors quote the text) moved `n * spread` years later, so that no two texts are
 * identical: with `spread = 1` the lives are contemporaries (their dated passages often fall in
 * the same months, which the compiler pairs as cross-references); with `spread = 40` each
 * lives in its own era (years up to 9999) and hardly any are paired. The glossary and the facts are copied, so every copy is
 * annotated like its original, except that no glossary entry `joins` passages across articles:
 * between copies that all name the same events, the compiler's sentence-by-sentence pairing
 * would grow with the square of the corpus (see docs/benchmarks.md). The folder is never
 * inside the repository.
 */
export async function generateSeeds(seedsDir, count, { spread = 1 } = {}) {
  const names = (await readdir(seedsDir)).sort();
  const slugs = names.filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -'.txt'.length));
  if (slugs.length === 0) {
    throw new Error(`no <slug>.txt in ${seedsDir}`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parallel-lives-scale-'));
  if (names.includes('facts.toml')) {
    await writeFile(path.join(dir, 'facts.toml'), await readFile(path.join(seedsDir, 'facts.toml')));
  }
  // Glossary aliases that contain a year ("1905 Revolution") keep it, or they would match nothing.
  let kept = [];
  if (names.includes('glossary.toml')) {
    const source = await readFile(path.join(seedsDir, 'glossary.toml'), 'utf8');
    kept = [...source.matchAll(/^aliases = \[(.*)\]$/gmu)]
      .flatMap((m) => [...m[1].matchAll(/"([^"]*)"/gu)].map((q) => q[1]))
      .filter((alias) => /\b1[6-9]\d\d\b/u.test(alias));
    const glossary = source
      .replace(/^joins = .*$/gmu, '')
      .replace(/^\[\[entity\]\]$/gmu, '[[entity]]\njoins = false');
    await writeFile(path.join(dir, 'glossary.toml'), glossary);
  }
  const texts = await Promise.all(slugs.map((slug) => readFile(path.join(seedsDir, `${slug}.txt`), 'utf8')));
  const structures = await Promise.all(
    slugs.map((slug) =>
      names.includes(`${slug}.toml`) ? readFile(path.join(seedsDir, `${slug}.toml`), 'utf8') : null,
    ),
  );
  for (let n = 1; n <= count; n += 1) {
    const k = (n - 1) % slugs.length;
    const slug = `${slugs[k]}-${String(n).padStart(3, '0')}`;
    const later = (source) => shiftYears(source, n * spread, kept);
    const text = later(texts[k]).replace(/^= (.*) =$/mu, (_, title) => `= ${title} ${n} =`);
    await writeFile(path.join(dir, `${slug}.txt`), text);
    if (structures[k] !== null) {
      const structure = later(structures[k]).replace(/^title = "(.*)"$/mu, (_, title) => `title = "${title} ${n}"`);
      await writeFile(path.join(dir, `${slug}.toml`), structure);
    }
  }
  return dir;
}

/** Moves every year 1600-1999 in `text` `by` years later, except inside the phrases `kept`. */
function shiftYears(text, by, kept) {
  const held = [];
  let out = text;
  for (const phrase of kept) {
    out = out.split(phrase).join(`\u0000${held.push(phrase) - 1}\u0000`);
  }
  out = out.replace(/\b1[6-9]\d\d\b/gu, (year) => String(Number(year) + by));
  return out.replace(/\u0000(\d+)\u0000/gu, (_, i) => held[Number(i)]);
}
