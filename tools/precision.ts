/**
 * `npm run precision`: how often HealthLens highlights something on real pages, health pages next
 * to the rest, and every highlight with its context for a person to review (see README,
 * "Precision"). Uses the built extension in headless Chromium over ../shared/corpus/pages, exactly
 * as a reader would get it: exclusions, look-alikes and all.
 *
 * Writes precision-results/latest.json and precision-results/highlights.md (both not committed).
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/support/browser';
import { untilPagesSettled } from '../tests/support/page-terms';
import { CORPUS_DIR, startStaticServer } from '../tests/support/static-server';

/**
 * The corpus pages whose subject is health, chosen by reading them (titles and text), not by what
 * HealthLens finds on them: brain science, drug-resistant infections, and a death from diet pills.
 */
const HEALTH_PAGES = new Set(['medicalnewstoday.html', 'webmd-2.html', 'buzzfeed-1.html']);
/** Characters of context shown either side of a highlight in the review file. */
const CONTEXT = 50;

interface Highlight {
  term: string;
  text: string;
  context: string;
}

interface PageReport {
  page: string;
  health: boolean;
  words: number;
  highlights: Highlight[];
}

const per10k = (count: number, words: number) => (words > 0 ? (count / words) * 10_000 : 0);

async function main() {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`No corpus at ${CORPUS_DIR}: nothing to report.`);
    return;
  }
  const pages = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.html')).sort();
  const server = await startStaticServer();
  const { context } = await launchWithExtension();
  const tab = await context.newPage();
  const reports: PageReport[] = [];

  for (const page of pages) {
    await tab.goto(`${server.origin}/corpus/${page}?csp=none`);
    await untilPagesSettled(context);
    const found = await tab.evaluate((context) => {
      const words = (document.body.innerText.match(/\S+/g) ?? []).length;
      const highlights = [...document.querySelectorAll<HTMLElement>('mark[data-term]')].map((mark) => {
        const block = mark.closest('p, li, td, h1, h2, h3, h4, h5, h6, div') ?? mark.parentElement!;
        const text = block.textContent ?? '';
        // Where this mark sits in its block's text.
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(mark);
        const at = range.toString().length;
        const around = `${text.slice(Math.max(0, at - context), at)}[${mark.textContent}]${text.slice(at + (mark.textContent ?? '').length, at + (mark.textContent ?? '').length + context)}`;
        return { term: mark.dataset.term!, text: mark.textContent ?? '', context: around.replace(/\s+/g, ' ').trim() };
      });
      return { words, highlights };
    }, CONTEXT);
    reports.push({ page, health: HEALTH_PAGES.has(page), ...found });
  }
  await context.close();
  await server.close();

  const summarize = (group: PageReport[]) => {
    const words = group.reduce((sum, r) => sum + r.words, 0);
    const highlights = group.reduce((sum, r) => sum + r.highlights.length, 0);
    return { pages: group.length, words, highlights, per10kWords: per10k(highlights, words) };
  };
  const health = summarize(reports.filter((r) => r.health));
  const other = summarize(reports.filter((r) => !r.health));
  const byTerm = new Map<string, number>();
  for (const { highlights } of reports.filter((r) => !r.health)) {
    for (const { term } of highlights) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
  }

  console.log('Highlights per 10,000 words');
  console.log(`  health pages (${health.pages}):     ${health.per10kWords.toFixed(1)} (${health.highlights} in ${health.words} words)`);
  console.log(`  other pages (${other.pages}):     ${other.per10kWords.toFixed(1)} (${other.highlights} in ${other.words} words)`);
  console.log('Terms highlighted on other pages, most often first:');
  console.log(`  ${[...byTerm].sort((a, b) => b[1] - a[1]).map(([term, n]) => `${term} ${n}`).join(', ')}`);

  const outDir = resolve(import.meta.dirname, '../precision-results');
  await mkdir(outDir, { recursive: true });
  await writeFile(resolve(outDir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), health, other, reports }, null, 2));
  const review = reports
    .filter((r) => r.highlights.length > 0)
    .map((r) => [`## ${r.page}${r.health ? ' (health)' : ''}: ${r.highlights.length} in ${r.words} words`, ...r.highlights.map((h) => `- ${h.term}: ${h.context}`)].join('\n'))
    .join('\n\n');
  await writeFile(resolve(outDir, 'highlights.md'), `# Every highlight on the corpus pages, for review\n\n${review}\n`);
  console.log(`\nEvery highlight with its context: ${resolve(outDir, 'highlights.md')}`);
}

await main();
