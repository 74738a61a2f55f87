/**
 * `npx jiti tools/fingerprint-sources.ts`: turns the source text read during a glossary review into
 * fingerprints the originality test can check our entries against (see tests/support/shingles.ts).
 *
 * Reads every `.scratch/source-texts/*.jsonl` (one `{"url": …, "text": …}` per line: a cited page's
 * address exactly as cited, and text read from its stored copy; not committed), and merges their
 * fingerprints into tests/fixtures/source-fingerprints.json, which is committed: it holds hashes
 * of runs of words, never the sources' sentences. A page found in the texts is fingerprinted afresh
 * from them; pages fingerprinted in earlier reviews, whose texts are gone, are kept as they are.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fingerprintOf, mergeFingerprints } from '../tests/support/shingles';

const root = resolve(import.meta.dirname, '..');
const textsDir = resolve(root, '.scratch/source-texts');
const outFile = resolve(root, 'tests/fixtures/source-fingerprints.json');

const earlier = existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, string>) : {};
const fresh: Record<string, string> = {};
let read = 0;
for (const file of existsSync(textsDir) ? readdirSync(textsDir).filter((name) => name.endsWith('.jsonl')) : []) {
  readFileSync(resolve(textsDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .forEach((line, i) => {
      let record: { url?: unknown; text?: unknown };
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        throw new Error(`${file}:${i + 1} is not JSON`);
      }
      if (typeof record.url !== 'string' || typeof record.text !== 'string') throw new Error(`${file}:${i + 1} needs "url" and "text" strings`);
      new URL(record.url);
      fresh[record.url] = mergeFingerprints(fresh[record.url] ?? '', fingerprintOf(record.text));
      read++;
    });
}
const sorted = Object.fromEntries(Object.entries({ ...earlier, ...fresh }).sort(([a], [b]) => a.localeCompare(b)));
// Written aside and renamed, so a test reading the file never sees half of it.
writeFileSync(`${outFile}.${process.pid}`, `${JSON.stringify(sorted, null, 1)}\n`);
renameSync(`${outFile}.${process.pid}`, outFile);
console.log(`${read} excerpts → ${Object.keys(sorted).length} pages in ${outFile}`);
