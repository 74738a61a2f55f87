/**
 * `npx jiti tools/review-report.ts [date]`: the glossary review of one day, entry by entry, as
 * Markdown: what changed and the pages each entry now rests on, from the review records
 * (glossary/reviews/). Writes docs/glossary-review-<date>.md (default: the latest review date).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossary } from '../glossary';
import { reviewRecords } from '../glossary/reviews';

const dates = Object.values(reviewRecords).map((record) => record.date).sort();
const date = process.argv[2] ?? dates.at(-1)!;
const reviewed = glossary.filter((entry) => reviewRecords[entry.id]?.date === date);
const lines = [
  `# Glossary review of ${date}`,
  '',
  `${reviewed.length} of ${glossary.length} entries were checked against the pages they cite on this day; each entry's record is in \`glossary/reviews/\`. Made by \`npx jiti tools/review-report.ts\`.`,
  '',
];
for (const entry of reviewed) {
  const record = reviewRecords[entry.id]!;
  lines.push(`## ${entry.name} (\`${entry.id}\`, ${entry.category})`, '');
  lines.push(`**Changed:** ${record.changed ?? 'checked; unchanged'}`, '');
  lines.push('**Rests on:**');
  for (const check of record.checks) {
    const source = entry.sources.find((s) => s.url === check.url);
    const page = source ? `[${source.title}](${check.url}) (${source.publisher})` : check.url;
    lines.push(`- ${page}: ${check.supports}`);
  }
  lines.push('');
}
const file = resolve(import.meta.dirname, `../docs/glossary-review-${date}.md`);
writeFileSync(file, lines.join('\n'));
console.log(`${reviewed.length} entries → ${file}`);
